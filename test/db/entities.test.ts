import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { resolveEntity, type EntityRef } from '../../src/db/repositories/entities.ts';
import { mergeEntities } from '../../src/services/merges.ts';
import { databaseTargets, type TestDatabase } from '../support/databases.ts';

// Resolution in order: each line resolves one mention against everything before it.
// [label, mention, expected: 'new' or the label of the entity it must join, matcher code]
const steps: Array<[string, EntityRef, string, string]> = [
  ['igor', { kind: 'person', name: 'Igor Konashenkov', role: 'Juru Bicara Kementerian Pertahanan Rusia', lang: 'id' }, 'new', 'new-entity'],
  ['surname', { kind: 'person', name: 'Konashenkov', lang: 'id' }, 'igor', 'unique-partial-name'],
  ['titled', { kind: 'person', name: 'Mayjen Igor Konashenkov', lang: 'id' }, 'igor', 'same-name'],
  ['accents', { kind: 'person', name: 'IGOR KONASHÉNKOV', lang: 'en' }, 'igor', 'same-name'],
  ['ministry', { kind: 'organization', name: 'Kementerian Pertahanan Rusia', lang: 'id' }, 'new', 'new-entity'],
  ['kemenhan', { kind: 'organization', name: 'Kemenhan Rusia', lang: 'id' }, 'ministry', 'known-abbreviation'],
  ['kkp-full', { kind: 'organization', name: 'Kementerian Kelautan dan Perikanan', lang: 'id' }, 'new', 'new-entity'],
  ['kkp', { kind: 'organization', name: 'KKP', lang: 'id' }, 'kkp-full', 'known-abbreviation'],
  ['bpo-full', { kind: 'organization', name: 'Badan Pengawas Obat', lang: 'id' }, 'new', 'new-entity'],
  ['bpo', { kind: 'organization', name: 'BPO', lang: 'id' }, 'bpo-full', 'acronym'],
  ['john', { kind: 'person', name: 'John Smith', role: 'harbour master', lang: 'en' }, 'new', 'new-entity'],
  ['jane', { kind: 'person', name: 'Jane Smith', lang: 'en' }, 'new', 'new-entity'],
  ['smith', { kind: 'person', name: 'Smith', lang: 'en' }, 'new', 'new-entity'],
  ['john-again', { kind: 'person', name: 'John Smith', lang: 'en' }, 'john', 'same-name'],
  ['reuters-outlet', { kind: 'outlet', name: 'Reuters' }, 'new', 'new-entity'],
  ['reuters-speaker', { kind: 'organization', name: 'Reuters', lang: 'en' }, 'reuters-outlet', 'same-name'],
  ['reuters-agency', { kind: 'outlet', name: 'Reuters News Agency' }, 'reuters-outlet', 'outlet-name'],
  ['sputnik-org', { kind: 'organization', name: 'Sputnik', lang: 'id' }, 'new', 'new-entity'],
  ['sputnik-relay', { kind: 'outlet', name: 'SPUTNIK' }, 'sputnik-org', 'same-name'],
  ['minister', { kind: 'unknown', name: 'the minister' }, 'new', 'new-entity'],
  ['minister-again', { kind: 'unknown', name: 'The Minister' }, 'minister', 'same-name'],
];

for (const target of databaseTargets()) {
  describe(`entity resolution on ${target.name}`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await target.open();
    });
    after(() => t.close());

    test('one entity per real speaker; namesakes and unsure mentions stay apart; every link explained', async () => {
      const ids = new Map<string, number>();
      for (const [label, ref, expected, code] of steps) {
        const got = await t.db.transaction().execute((trx) => resolveEntity(trx, ref));
        assert.equal(got.code, code, `${label}: ${got.reason}`);
        assert.ok(got.reason.length > 10, label);
        if (expected === 'new') assert.ok(![...ids.values()].includes(got.id), `${label} must be new: ${got.reason}`);
        else assert.equal(got.id, ids.get(expected), `${label} must join ${expected}: ${got.reason}`);
        ids.set(label, got.id);
      }
      const igor = await t.db.selectFrom('entity_aliases').select(['alias', 'match_code', 'match_reason']).where('entity_id', '=', ids.get('igor')!).orderBy('id').execute();
      assert.deepEqual(
        igor.map((a) => [a.alias, a.match_code]),
        [
          ['Igor Konashenkov', 'new-entity'],
          ['Konashenkov', 'unique-partial-name'],
          ['Mayjen Igor Konashenkov', 'same-name'],
        ],
      );
      assert.match(igor[1]!.match_reason!, /konashenkov/i);
      // Sputnik relayed a statement, so the organisation became an outlet; Reuters is one outlet.
      const kinds = await t.db.selectFrom('entities').select(['canonical_name', 'kind']).where('id', 'in', [ids.get('sputnik-org')!, ids.get('reuters-outlet')!]).orderBy('id').execute();
      assert.deepEqual(
        kinds.map((e) => [e.canonical_name, e.kind]),
        [
          ['Reuters', 'outlet'],
          ['Sputnik', 'outlet'],
        ],
      );
      const smiths = await t.db.selectFrom('entities').select('canonical_name').where('name_key', 'like', '%smith').orderBy('id').execute();
      assert.deepEqual(
        smiths.map((e) => e.canonical_name),
        ['John Smith', 'Jane Smith', 'Smith'],
      );
    });

    test('a surname first, the full name later: one entity, named by the fuller form', async () => {
      const first = await resolveEntity(t.db, { kind: 'person', name: 'Wulandari', lang: 'id' });
      const second = await resolveEntity(t.db, { kind: 'person', name: 'Sari Wulandari', lang: 'id' });
      assert.equal(second.id, first.id, second.reason);
      const e = await t.db.selectFrom('entities').select('canonical_name').where('id', '=', first.id).executeTakeFirstOrThrow();
      assert.equal(e.canonical_name, 'Sari Wulandari');
    });
  });
}

for (const target of databaseTargets()) {
  describe(`resolution after a merge on ${target.name}`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await target.open();
    });
    after(() => t.close());

    test('names of a merged entity resolve to the entity it was merged into, even while the merge runs', async () => {
      const a = await resolveEntity(t.db, { kind: 'person', name: 'Ana Lopes', lang: 'en' });
      const b = await resolveEntity(t.db, { kind: 'person', name: 'Ana Lópes-Ferreira', lang: 'en' });
      assert.notEqual(a.id, b.id);
      // The ingest has picked its candidate and waits on the merge's row lock.
      const merging = mergeEntities(t.db, b.id, a.id, 'same person, double-barrelled name');
      const resolving = resolveEntity(t.db, { kind: 'person', name: 'Ana Lópes-Ferreira', lang: 'en' });
      const [merged, resolved] = await Promise.all([merging, resolving]);
      assert.equal(merged.target.id, a.id);
      assert.equal(resolved.id, a.id);
      assert.equal((await resolveEntity(t.db, { kind: 'person', name: 'Ana Lópes-Ferreira', lang: 'en' })).id, a.id);
    });
  });
}
