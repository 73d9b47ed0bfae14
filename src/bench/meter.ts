import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

/**
 * Counts the statements a piece of code sends and the time from compiling each to having its
 * result (round trip plus execution), to say where ingest time goes. BEGIN and COMMIT go
 * straight to the driver and are not counted.
 */
export class QueryMeter implements KyselyPlugin {
  statements = 0;
  ms = 0;
  readonly #started = new WeakMap<object, number>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.#started.set(args.queryId, performance.now());
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const started = this.#started.get(args.queryId);
    if (started !== undefined) {
      this.statements++;
      this.ms += performance.now() - started;
    }
    return args.result;
  }
}
