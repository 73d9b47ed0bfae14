import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../sql/', import.meta.url));

/** Arbitrary constant shared by every quotetrail process: "the migration lock". */
const MIGRATION_LOCK = 7_041_917;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(dir, name), 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    }),
  );
}

export interface MigrateResult {
  applied: string[];
  skipped: string[];
}

/**
 * Applies every pending migration in order, each in its own transaction.
 *
 * Concurrency: two processes may start at once (several API replicas, or `npm run migrate`
 * beside a server). Each transaction first takes a transaction-scoped advisory lock, and only
 * then creates the bookkeeping table and reads what is applied. The loser of the race blocks
 * on the lock until the winner commits, and under READ COMMITTED its next statement sees the
 * winner's row, so it skips that file instead of applying it twice. Taking the lock before
 * `CREATE TABLE IF NOT EXISTS` matters: two concurrent IF NOT EXISTS can still collide.
 *
 * An applied file whose text changed since is an error: migrations are forward-only.
 */
export async function migrate(db: Kysely<any>, migrations?: Migration[]): Promise<MigrateResult> {
  const all = migrations ?? (await loadMigrations());
  const result: MigrateResult = { applied: [], skipped: [] };
  for (const migration of all) {
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`.execute(trx);
      const done = await trx
        .selectFrom('schema_migrations')
        .select(['checksum'])
        .where('name', '=', migration.name)
        .executeTakeFirst();
      if (done) {
        if (done.checksum !== migration.checksum) {
          throw new Error(`migration ${migration.name} was edited after it was applied; add a new migration instead`);
        }
        result.skipped.push(migration.name);
        return;
      }
      await sql.raw(migration.sql).execute(trx);
      await trx.insertInto('schema_migrations').values({ name: migration.name, checksum: migration.checksum }).execute();
      result.applied.push(migration.name);
    });
  }
  return result;
}
