import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { CompiledQuery, Kysely, PostgresDialect, type DatabaseConnection, type Driver, type QueryResult, type TransactionSettings } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { DB } from './schema.ts';

export type DatabaseOptions =
  /** A PostgreSQL server. */
  | { url: string; poolSize?: number }
  /** Embedded PGlite persisted in a folder; `memory://` keeps it in memory. */
  | { dataDir: string }
  /** An already created PGlite (tests pass a clone); closed with the database. */
  | { pglite: PGlite };

export interface Database {
  db: Kysely<DB>;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = './data/pglite';

/** `DATABASE_URL` selects a server; otherwise PGlite in `QUOTETRAIL_DATA_DIR` (default ./data/pglite). */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: env.QUOTETRAIL_DATA_DIR || DEFAULT_DATA_DIR };
}

/** The PGlite extensions every quotetrail database needs (see sql/0001_init.sql). */
export const pgliteExtensions = { pg_trgm, unaccent };

export async function openPGlite(dataDir: string): Promise<PGlite> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  return PGlite.create({ dataDir, extensions: pgliteExtensions });
}

export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  if ('url' in options) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // Our bigint ids and counts stay far below 2^53; PGlite returns them as numbers too.
      types: { getTypeParser: (oid, format) => (oid === 20 ? Number : pg.types.getTypeParser(oid, format)) } as pg.CustomTypesConfig,
    });
    // An idle client that loses its server must not crash the process.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const pglite = 'pglite' in options ? options.pglite : await openPGlite(options.dataDir);
  const db = new Kysely<DB>({ dialect: new ScriptPGliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

/**
 * kysely-pglite-dialect sends everything through PGlite's extended protocol, which rejects a
 * migration file's many statements. Like node-postgres, send parameterless queries through
 * the simple protocol (PGlite `exec`) and answer with the last statement's result.
 */
class ScriptPGliteDialect extends PGliteDialect {
  readonly #pglite: PGlite;
  constructor(pglite: PGlite) {
    super(pglite);
    this.#pglite = pglite;
  }
  override createDriver(): Driver {
    const inner = super.createDriver();
    const pglite = this.#pglite;
    const wrap = (connection: DatabaseConnection): DatabaseConnection => ({
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        if (query.parameters.length > 0) return connection.executeQuery<R>(query);
        const results = await pglite.exec(query.sql);
        const last = results[results.length - 1];
        return {
          rows: (last?.rows ?? []) as R[],
          ...(last?.affectedRows ? { numAffectedRows: BigInt(last.affectedRows) } : {}),
        };
      },
      streamQuery: <R>(query: CompiledQuery, chunkSize?: number) => connection.streamQuery<R>(query, chunkSize),
    });
    const wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>();
    const outer = (connection: DatabaseConnection) => {
      let w = wrapped.get(connection);
      if (!w) wrapped.set(connection, (w = wrap(connection)));
      return w;
    };
    const unwrap = new WeakMap<DatabaseConnection, DatabaseConnection>();
    return {
      init: () => inner.init(),
      acquireConnection: async () => {
        const connection = await inner.acquireConnection();
        const w = outer(connection);
        unwrap.set(w, connection);
        return w;
      },
      beginTransaction: (c: DatabaseConnection, s: TransactionSettings) => inner.beginTransaction(unwrap.get(c) ?? c, s),
      commitTransaction: (c: DatabaseConnection) => inner.commitTransaction(unwrap.get(c) ?? c),
      rollbackTransaction: (c: DatabaseConnection) => inner.rollbackTransaction(unwrap.get(c) ?? c),
      releaseConnection: (c: DatabaseConnection) => inner.releaseConnection(unwrap.get(c) ?? c),
      destroy: () => inner.destroy(),
    };
  }
}
