import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { loadMigrations, migrate } from '../../src/db/migrate.ts';
import { databaseTargets, type TestDatabase } from '../support/databases.ts';

for (const target of databaseTargets()) {
  describe(`migrations on ${target.name}`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await target.openEmpty();
    });
    after(() => t.close());

    test('two migrators started at once apply each file exactly once', async () => {
      const migrations = await loadMigrations();
      // On PostgreSQL these run on two pooled connections and meet at the advisory lock.
      const [a, b] = await Promise.all([migrate(t.db, migrations), migrate(t.db, migrations)]);
      assert.deepEqual([...a.applied, ...b.applied].sort(), migrations.map((m) => m.name).sort());
      const rows = await t.db.selectFrom('schema_migrations').select('name').orderBy('name').execute();
      assert.deepEqual(
        rows.map((r) => r.name),
        migrations.map((m) => m.name),
      );
    });

    test('a second run applies nothing', async () => {
      const again = await migrate(t.db);
      assert.deepEqual(again.applied, []);
    });

    test('an applied migration that was edited is refused', async () => {
      const [first, ...rest] = await loadMigrations();
      await assert.rejects(migrate(t.db, [{ ...first!, checksum: 'edited' }, ...rest]), /was edited after it was applied/);
    });

    test('text search configurations for both languages exist', async () => {
      const { rows } = await sql<{ cfgname: string }>`SELECT cfgname FROM pg_ts_config WHERE cfgname IN ('english', 'indonesian', 'simple') ORDER BY cfgname`.execute(t.db);
      assert.deepEqual(
        rows.map((r) => r.cfgname),
        ['english', 'indonesian', 'simple'],
      );
    });

    test('qt_fold strips accents, case and extra spaces', async () => {
      const cases: Array<[string, string]> = [
        ['José  Martí', 'jose marti'],
        [' SCRÓCCA ', 'scrocca'],
        ['Igor\tKonashenkov', 'igor konashenkov'],
      ];
      for (const [input, expected] of cases) {
        const { rows } = await sql<{ f: string }>`SELECT qt_fold(${input}) AS f`.execute(t.db);
        assert.equal(rows[0]!.f, expected, input);
      }
    });
  });
}
