// Real databases for tests, never mocks. PGlite always; the PostgreSQL server at DATABASE_URL
// too when it is set. Every test file runs in its own process (node --test), so "one per
// file" below means one per process.
//
// - PGlite: one instance is migrated per file and each suite gets a clone() of it (clone
//   costs ~0.7 s, a fresh start-up with migrations ~3 s and ~300 MB).
// - PostgreSQL: the migrations are applied once into a template database named after a hash
//   of sql/*.sql; each suite gets `CREATE DATABASE … TEMPLATE …` and drops it afterwards.
import { createHash, randomBytes } from 'node:crypto';
import { after } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { createDatabase, pgliteExtensions, type Database } from '../../src/db/database.ts';
import { loadMigrations, migrate } from '../../src/db/migrate.ts';
import type { DB } from '../../src/db/schema.ts';

export interface TestDatabase {
  kind: 'pglite' | 'postgres';
  db: Kysely<DB>;
  close(): Promise<void>;
}

export interface DatabaseTarget {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated database of its own. */
  open(): Promise<TestDatabase>;
  /** A fresh database without any migration applied (for migration tests). */
  openEmpty(): Promise<TestDatabase>;
}

const cleanups: Array<() => Promise<void>> = [];
let registered = false;

/** The databases every database test runs on. Call at the top level of a test file. */
export function databaseTargets(): DatabaseTarget[] {
  if (!registered) {
    registered = true;
    after(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });
  }
  const targets: DatabaseTarget[] = [{ name: 'pglite', open: openPglite, openEmpty: openEmptyPglite }];
  if (process.env.DATABASE_URL) targets.push({ name: 'postgres', open: () => openPostgres(true), openEmpty: () => openPostgres(false) });
  return targets;
}

// ---- PGlite ----

let pgliteTemplate: Promise<PGlite> | undefined;

function migratedPglite(): Promise<PGlite> {
  pgliteTemplate ??= (async () => {
    const template = await PGlite.create({ extensions: pgliteExtensions });
    // Migrate through a throwaway Kysely without destroying it: destroy() would close the PGlite.
    const database = await createDatabase({ pglite: template });
    await migrate(database.db);
    cleanups.push(() => template.close());
    return template;
  })();
  return pgliteTemplate;
}

async function openPglite(): Promise<TestDatabase> {
  // clone() is typed as the interface, but returns a PGlite of the same class.
  const clone = (await (await migratedPglite()).clone()) as PGlite;
  return wrap(await createDatabase({ pglite: clone }));
}

async function openEmptyPglite(): Promise<TestDatabase> {
  return wrap(await createDatabase({ pglite: await PGlite.create({ extensions: pgliteExtensions }) }));
}

function wrap(database: Database, dispose?: () => Promise<void>): TestDatabase {
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await database.close();
    await dispose?.();
  };
  cleanups.push(close);
  return { kind: database.kind, db: database.db, close };
}

// ---- PostgreSQL ----

function serverUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A prefix for our databases, from the DATABASE_URL's own database name. */
function prefix(): string {
  const base = decodeURIComponent(new URL(process.env.DATABASE_URL!).pathname.slice(1)) || 'postgres';
  return base.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 30);
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let serverTemplate: Promise<string> | undefined;

/**
 * The migrated template database, built once per migration set. Built under another name and
 * renamed when complete, so a crashed build never leaves a half-migrated template behind; an
 * advisory lock stops two test processes building it at the same time.
 */
function migratedTemplate(): Promise<string> {
  serverTemplate ??= (async () => {
    const migrations = await loadMigrations();
    const hash = createHash('sha256').update(migrations.map((m) => `${m.name}:${m.checksum}`).join('\n')).digest('hex').slice(0, 10);
    const name = `${prefix()}_tpl_${hash}`;
    await withAdmin(async (admin) => {
      await admin.query('SELECT pg_advisory_lock(7041918)');
      try {
        const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount) return;
        const building = `${name}_build`;
        await admin.query(`DROP DATABASE IF EXISTS ${building}`);
        await admin.query(`CREATE DATABASE ${building}`);
        const database = await createDatabase({ url: serverUrl(building), poolSize: 1 });
        try {
          await migrate(database.db, migrations);
        } finally {
          await database.close();
        }
        await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      } finally {
        await admin.query('SELECT pg_advisory_unlock(7041918)');
      }
    });
    return name;
  })();
  return serverTemplate;
}

async function openPostgres(migrated: boolean): Promise<TestDatabase> {
  const template = migrated ? await migratedTemplate() : 'template0';
  const name = `${prefix()}_t_${process.pid}_${randomBytes(3).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const database = await createDatabase({ url: serverUrl(name), poolSize: 5 });
  return wrap(database, () => withAdmin(async (admin) => void (await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))));
}
