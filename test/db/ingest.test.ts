import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { bulkLoadUpkeep, contentHash, ingestArticle, nameForms, normaliseText } from '../../src/services/ingest.ts';
import { mergeEntities } from '../../src/services/merges.ts';
import { findAttributions, getChain } from '../../src/services/search.ts';
import { databaseTargets, type TestDatabase } from '../support/databases.ts';
import { count, handBuilt } from '../support/fixtures.ts';

const fake = { extract: handBuilt.extract };

/** How many times entity_aliases was vacuumed by hand, as the statistics collector counts it. */
async function lastVacuum(t: TestDatabase): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT vacuum_count::int AS n FROM pg_stat_user_tables WHERE relname = 'entity_aliases'`.execute(t.db);
  return rows[0]?.n ?? -1;
}

describe('normalisation', () => {
  test('NFC, one kind of line break, no outer whitespace', () => {
    const cases: Array<[string, string]> = [
      ['Jose\u0301 Marti\u0301', 'José Martí'],
      ['a\r\nb\rc', 'a\nb\nc'],
      ['  text \n', 'text'],
    ];
    for (const [input, expected] of cases) assert.equal(normaliseText(input), expected);
  });

  test('name forms keep the canonical name and name-only mentions', () => {
    const mention = (text: string) => ({ start: 0, end: text.length, text });
    const cases: Array<[string, string | null, string[]]> = [
      ['Igor Konashenkov', 'Konashenkov', ['Igor Konashenkov', 'Konashenkov']],
      ['Igor Konashenkov', 'katanya', ['Igor Konashenkov']],
      ['Igor Konashenkov', 'Juru Bicara Kementerian Pertahanan Rusia Mayjen Igor Konashenkov', ['Igor Konashenkov']],
      ['Ana Lopes', null, ['Ana Lopes']],
    ];
    for (const [name, m, expected] of cases) assert.deepEqual(nameForms(name, m === null ? null : mention(m)), expected, `${name} / ${m}`);
  });
});

for (const target of databaseTargets()) {
  describe(`ingest on ${target.name}`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await target.open();
    });
    after(() => t.close());

    test('a bulk load refreshes the entity tables\' statistics every 200 new articles, outside any transaction', async () => {
      const upkeep = bulkLoadUpkeep(t.db);
      for (let i = 0; i < 199; i++) await upkeep(true);
      const before = await lastVacuum(t);
      await upkeep(false); // an article already stored does not count
      assert.equal(await lastVacuum(t), before);
      await upkeep(true);
      assert.notEqual(await lastVacuum(t), before);
    });

    test('stores the article and every attribution, hop and name form in one go', async () => {
      const result = await ingestArticle(
        t.db,
        { text: handBuilt.text, publisher: 'The Daily Test', url: 'https://example.test/a', publishedAt: '2024-05-06', lang: 'en' },
        fake,
      );
      assert.equal(result.created, true);
      const article = await t.db.selectFrom('articles').selectAll().where('id', '=', result.articleId).executeTakeFirstOrThrow();
      assert.equal(article.text, normaliseText(handBuilt.text));
      assert.equal(article.content_hash, contentHash(article.text));
      assert.equal(article.published_at?.toISOString(), '2024-05-06T00:00:00.000Z');

      // Round trip: every span served back points at the same text in the stored article.
      const expected = handBuilt.extract({ text: article.text }).attributions;
      assert.equal(result.attributions.length, expected.length);
      for (const [i, got] of result.attributions.entries()) {
        const want = expected[i]!;
        assert.deepEqual(got.content, want.content);
        assert.deepEqual(got.cue, want.cue);
        assert.equal(got.speaker?.name, want.speaker?.name);
        assert.deepEqual(got.speaker?.mention, want.speaker?.mention);
        assert.equal(got.speaker?.role, want.speaker?.role);
        assert.equal(got.speaker?.organization, want.speaker?.organization);
        assert.deepEqual(
          got.via.map((h) => [h.name, h.mention, h.cue]),
          want.via.map((h) => [h.name, h.mention, h.cue]),
        );
        assert.equal(got.publisher?.name, 'The Daily Test');
        assert.equal(got.rule, want.rule);
        assert.equal(got.confidence, want.confidence);
        for (const s of [...got.content, got.cue, got.speaker?.mention, ...got.via.flatMap((h) => [h.mention, h.cue])]) {
          if (s) assert.equal(article.text.slice(s.start, s.end), s.text);
        }
      }

      const hops = await t.db.selectFrom('attribution_hops').selectAll().orderBy('attribution_id').orderBy('position').execute();
      assert.deepEqual(
        hops.map((h) => [h.position, h.name, h.is_publisher]),
        [
          [0, 'Reuters', false],
          [1, 'The Daily Test', true],
          [0, 'The Daily Test', true],
        ],
      );
      const roles = await t.db.selectFrom('entity_roles').select(['role', 'organization', 'stated_at']).orderBy('id').execute();
      assert.deepEqual(
        roles.map((r) => [r.role, r.organization, r.stated_at?.toISOString()]),
        [
          ['Defence Minister', null, '2024-05-06T00:00:00.000Z'],
          [null, 'Harbour Authority', '2024-05-06T00:00:00.000Z'],
        ],
      );
      const publisher = await t.db.selectFrom('entities').selectAll().where('id', '=', article.publisher_id!).executeTakeFirstOrThrow();
      assert.equal(publisher.kind, 'outlet');
    });

    test('the same text again (even decomposed, with CRLF) stores nothing and returns the same id', async () => {
      const before = await Promise.all((['articles', 'attributions', 'attribution_hops', 'entities', 'entity_aliases'] as const).map((n) => count(t.db, n)));
      const first = await t.db.selectFrom('articles').select('id').executeTakeFirstOrThrow();
      const variant = handBuilt.text.normalize('NFD').replace(/\n/g, '\r\n');
      const again = await ingestArticle(t.db, { text: variant, publisher: 'Another Outlet' }, fake);
      assert.equal(again.created, false);
      assert.equal(again.articleId, first.id);
      const afterwards = await Promise.all((['articles', 'attributions', 'attribution_hops', 'entities', 'entity_aliases'] as const).map((n) => count(t.db, n)));
      assert.deepEqual(afterwards, before);
    });

    test('two concurrent ingests of one new article store one copy', async () => {
      const text = `${handBuilt.text}\n\nA paragraph that makes this article new.`;
      const results = await Promise.all([1, 2, 3].map(() => ingestArticle(t.db, { text, publisher: 'The Daily Test' }, fake)));
      assert.equal(new Set(results.map((r) => r.articleId)).size, 1);
      assert.equal(results.filter((r) => r.created).length, 1);
      const stored = await t.db.selectFrom('articles').select('id').where('content_hash', '=', contentHash(normaliseText(text))).execute();
      assert.equal(stored.length, 1);
      const n = await t.db.selectFrom('attributions').select('id').where('article_id', '=', stored[0]!.id).execute();
      assert.equal(n.length, 2);
    });

    test('one entity per name across articles; an intermediary organisation is an outlet', async () => {
      const entities = await t.db.selectFrom('entities').select(['kind', 'canonical_name']).orderBy('kind').orderBy('canonical_name').execute();
      assert.deepEqual(
        entities.map((e) => `${e.kind}:${e.canonical_name}`),
        ['outlet:Reuters', 'outlet:The Daily Test', 'person:Ana Lopes', 'person:José Martí'],
      );
      const aliases = await t.db.selectFrom('entity_aliases').select('alias').orderBy('alias').execute();
      assert.deepEqual(
        aliases.map((a) => a.alias),
        ['Ana Lopes', 'José Martí', 'Reuters', 'The Daily Test'],
      );
    });

    test('HTML is converted to text before hashing and extraction', async () => {
      const html = '<html><body><h1>Port news</h1><p>The harbour <b>reopens</b> in May, officials said.</p><script>x()</script></body></html>';
      const seen: string[] = [];
      const result = await ingestArticle(t.db, { html }, { extract: (input) => (seen.push(input.text), { id: null, lang: 'en', attributions: [] }) });
      const article = await t.db.selectFrom('articles').select(['text', 'source_format', 'lang']).where('id', '=', result.articleId).executeTakeFirstOrThrow();
      assert.equal(article.source_format, 'html');
      assert.match(article.text, /The harbour reopens in May, officials said\./);
      assert.doesNotMatch(article.text, /<|x\(\)/);
      assert.deepEqual(seen, [article.text]);
      assert.equal(article.lang, 'en');
    });

    test('language is detected when not given', async () => {
      const text = 'Pemerintah menyebutkan bahwa pelabuhan akan dibuka kembali pada bulan Mei, kata juru bicara kementerian.';
      const result = await ingestArticle(t.db, { text }, { extract: (input) => ({ id: null, lang: input.lang ?? 'en', attributions: [] }) });
      assert.equal(result.lang, 'id');
    });

    test('search: speaker by alias word, accents optional; full text; via; kind; pages', async () => {
      const cases: Array<[Parameters<typeof findAttributions>[1], string[]]> = [
        [{ speaker: 'lopes', limit: 10 }, ['Ana Lopes', 'Ana Lopes']],
        [{ speaker: 'JOSE MARTI', limit: 10 }, ['José Martí', 'José Martí']],
        [{ speaker: 'Martí José', limit: 10 }, ['José Martí', 'José Martí']],
        [{ speaker: 'Lope', limit: 10 }, []],
        [{ speaker: '100%_', limit: 10 }, []],
        [{ q: 'withdrawing', limit: 10 }, ['Ana Lopes', 'Ana Lopes']],
        [{ q: 'port', lang: 'id', limit: 10 }, []],
        [{ via: 'reuters', limit: 10 }, ['Ana Lopes', 'Ana Lopes']],
        [{ via: 'The Daily Test', limit: 10 }, []],
        [{ publisher: 'daily test', kind: 'indirect', limit: 10 }, ['José Martí', 'José Martí']],
      ];
      for (const [query, speakers] of cases) {
        const page = await findAttributions(t.db, query);
        assert.deepEqual(
          page.items.map((a) => a.speaker?.name),
          speakers,
          JSON.stringify(query),
        );
      }
      const seen: number[] = [];
      let cursor: number | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await findAttributions(t.db, { limit: 3, ...(cursor === undefined ? {} : { afterCursor: cursor }) });
        seen.push(...page.items.map((a) => a.id));
        if (!page.next_cursor) break;
        cursor = page.items[page.items.length - 1]!.id;
      }
      assert.equal(seen.length, await count(t.db, 'attributions'));
      assert.deepEqual(
        seen,
        [...seen].sort((a, b) => b - a),
      );
    });

    test('people speaking together: each member is an entity, and a search for one finds what the group said', async () => {
      const text = 'Senator Chuck Grassley met Senator Patrick Leahy on Monday.\n\nGrassley and Leahy said the bill would pass by summer.';
      const { attributions } = await ingestArticle(t.db, { text, lang: 'en', publisher: 'The Daily Test' });
      assert.equal(attributions.length, 1);
      const group = attributions[0]!.speaker!;
      assert.equal(group.name, 'Chuck Grassley and Patrick Leahy');
      assert.deepEqual(group.members.map((m) => [m.name, m.type]), [['Chuck Grassley', 'person'], ['Patrick Leahy', 'person']]);
      const found = await findAttributions(t.db, { speaker: 'leahy', limit: 10 });
      assert.deepEqual(found.items.map((a) => a.id), [attributions[0]!.id]);
      const chain = await getChain(t.db, attributions[0]!.id);
      assert.deepEqual(chain?.chain[0]?.members?.map((m) => m.name), ['Chuck Grassley', 'Patrick Leahy']);
      // A merge moves the membership with everything else.
      const [grassley, leahy] = group.members.map((m) => m.entity_id);
      const merged = await mergeEntities(t.db, leahy!, grassley!, 'test: members move with a merge');
      assert.equal(merged.moved.group_memberships, 1);
      const memberships = async (id: number) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM attribution_speaker_members WHERE entity_id = ${id}`.execute(t.db)).rows[0]!.n;
      assert.deepEqual([await memberships(leahy!), await memberships(grassley!)], [0, 2]);
    });
  });
}
