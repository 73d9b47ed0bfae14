import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import ts from 'typescript';
import { databaseTargets, type TestDatabase } from '../support/databases.ts';

// src/db/schema.ts is written by hand; this keeps it honest against what the migrations build,
// on both databases: the same tables, and in each the same columns.

function declaredTables(): Map<string, Set<string>> {
  const file = new URL('../../src/db/schema.ts', import.meta.url);
  const source = ts.createSourceFile('schema.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  });
  const db = interfaces.get('DB');
  assert.ok(db, 'schema.ts declares interface DB');
  const tables = new Map<string, Set<string>>();
  for (const member of db.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
    const table = (member.name as ts.Identifier).text;
    const shape = interfaces.get(member.type.typeName.getText(source));
    assert.ok(shape, `interface for ${table}`);
    tables.set(table, new Set(shape.members.filter(ts.isPropertySignature).map((m) => (m.name as ts.Identifier).text)));
  }
  return tables;
}

for (const target of databaseTargets()) {
  describe(`schema.ts against the migrated database on ${target.name}`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await target.open();
    });
    after(() => t.close());

    test('every table and column is declared, and nothing else', async () => {
      const { rows } = await sql<{ table_name: string; column_name: string }>`
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name IN (SELECT tablename FROM pg_tables WHERE schemaname = 'public')`.execute(t.db);
      const actual = new Map<string, Set<string>>();
      for (const r of rows) {
        if (!actual.has(r.table_name)) actual.set(r.table_name, new Set());
        actual.get(r.table_name)!.add(r.column_name);
      }
      const declared = declaredTables();
      assert.deepEqual([...declared.keys()].sort(), [...actual.keys()].sort(), 'tables');
      for (const [table, columns] of declared) assert.deepEqual([...columns].sort(), [...actual.get(table)!].sort(), `columns of ${table}`);
    });
  });
}
