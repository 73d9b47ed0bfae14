import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

export interface StatementShare {
  /** "insert entity_aliases", "select entities", "raw" … */
  statement: string;
  count: number;
  ms: number;
}

/**
 * Counts the statements a piece of code sends and the time from compiling each to having its
 * result (round trip plus execution), by statement and first table, to say where ingest time
 * goes. BEGIN and COMMIT go straight to the driver and are not counted.
 */
export class QueryMeter implements KyselyPlugin {
  statements = 0;
  ms = 0;
  readonly #started = new WeakMap<object, { at: number; key: string }>();
  readonly #byKey = new Map<string, { count: number; ms: number }>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.#started.set(args.queryId, { at: performance.now(), key: statementKey(args.node) });
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const started = this.#started.get(args.queryId);
    if (started !== undefined) {
      const ms = performance.now() - started.at;
      this.statements++;
      this.ms += ms;
      const entry = this.#byKey.get(started.key) ?? { count: 0, ms: 0 };
      entry.count++;
      entry.ms += ms;
      this.#byKey.set(started.key, entry);
    }
    return args.result;
  }

  /** The statements that took the most time, most first. */
  top(n: number): StatementShare[] {
    return [...this.#byKey]
      .map(([statement, e]) => ({ statement, count: e.count, ms: Math.round(e.ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, n);
  }
}

function statementKey(node: RootOperationNode): string {
  const verb = node.kind.replace(/QueryNode$|Node$/, '').toLowerCase();
  return verb === 'raw' ? 'raw sql' : `${verb} ${firstTable(node) ?? '?'}`;
}

/** The first table a query names (depth-first), e.g. the insert target or the first FROM. */
function firstTable(node: unknown, depth = 0): string | undefined {
  if (depth > 8 || node === null || typeof node !== 'object') return undefined;
  const n = node as { kind?: string; table?: { identifier?: { name?: string } } };
  if (n.kind === 'TableNode') return n.table?.identifier?.name;
  for (const value of Object.values(node)) {
    const found = Array.isArray(value) ? value.map((v) => firstTable(v, depth + 1)).find(Boolean) : firstTable(value, depth + 1);
    if (found) return found;
  }
  return undefined;
}
