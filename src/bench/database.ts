// A fresh database for one benchmark run, and its removal afterwards. With DATABASE_URL the
// run gets a scratch database of its own on that server, so nothing else there is touched.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDatabase, type Database } from '../db/database.ts';

export interface BenchDatabase {
  database: Database;
  /** "PGlite in /tmp/…" or "PostgreSQL 15.4 at 127.0.0.1:5432, database quotetrail_bench_123". */
  description: string;
  serverVersion: string | null;
  /** Closes the connection and deletes the folder or drops the scratch database. */
  dispose(): Promise<void>;
}

export function scratchDatabaseName(pid: number = process.pid): string {
  return `quotetrail_bench_${pid}`;
}

/** The same server URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

export async function openBenchDatabase(databaseUrl: string | undefined): Promise<BenchDatabase> {
  if (!databaseUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'quotetrail-bench-'));
    const database = await createDatabase({ dataDir: dir });
    return {
      database,
      description: `PGlite (embedded) in ${dir}`,
      serverVersion: null,
      dispose: async () => {
        await database.close().catch(() => {});
        await rm(dir, { recursive: true, force: true });
      },
    };
  }

  const name = scratchDatabaseName();
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  let serverVersion: string | null = null;
  try {
    serverVersion = ((await admin.query('SHOW server_version')).rows[0] as { server_version: string }).server_version;
    // The pid makes the name ours alone; a leftover of a crashed run with the same pid is ours too.
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}`);
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(databaseUrl, name);
  const database = await createDatabase({ url, poolSize: 4 });
  const where = new URL(databaseUrl);
  return {
    database,
    description: `PostgreSQL ${serverVersion} at ${where.hostname}:${where.port || 5432}, scratch database ${name}`,
    serverVersion,
    dispose: async () => {
      await database.close().catch(() => {});
      const cleanup = new pg.Client({ connectionString: databaseUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
