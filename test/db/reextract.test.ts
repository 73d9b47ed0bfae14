import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { run } from '../../src/commands/reextract.ts';
import { insertEntity } from '../../src/db/repositories/entities.ts';
import type { ExtractionInput, ExtractionResult } from '../../src/extract/types.ts';
import { getArticleAttributions } from '../../src/services/articles.ts';
import { ingestArticle } from '../../src/services/ingest.ts';
import { reextractArticle, reextractStale } from '../../src/services/reextract.ts';
import { databaseTargets, type TestDatabase } from '../support/databases.ts';
import { handBuilt, spanOf } from '../support/fixtures.ts';

/** An extractor that reads the hand-built attributions, then changes them. */
function changed(edit: (found: ExtractionResult['attributions'], text: string) => ExtractionResult['attributions']) {
  return (input: ExtractionInput): ExtractionResult => {
    const found = handBuilt.extract(input);
    return { ...found, attributions: edit(found.attributions, input.text) };
  };
}

const quoteOnly = changed(([quote]) => [quote!]);
const nothing = changed(() => []);
/** The quotation found again, without its relay; the claim about the port gone; a new one. */
const improved = changed(([quote], text) => [
  { ...quote!, via: [], rule: 'test-quote-improved' },
  { ...quote!, kind: 'indirect', content: [spanOf(text, 'Ministers met in Jakarta on Monday')], via: [], rule: 'test-new' },
]);

for (const target of databaseTargets()) {
  describe(`re-extraction on ${target.name}`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await target.open();
    });
    after(() => t.close());

    const ingest = (text: string, extractorVersion: string, extract = handBuilt.extract) =>
      ingestArticle(t.db, { text, publisher: 'The Daily Test', lang: 'en' }, { extract, extractorVersion });
    const ids = async (articleId: number) => (await getArticleAttributions(t.db, articleId)).map((a) => a.id);
    const versionOf = async (articleId: number) =>
      (await t.db.selectFrom('articles').select('extractor_version').where('id', '=', articleId).executeTakeFirstOrThrow()).extractor_version;

    test('an attribution found again keeps its id and is rewritten; the others are removed or added; the article records the extractor', async () => {
      const { articleId } = await ingest(`${handBuilt.text}\n\nFirst variant.`, 'v1');
      const [quoteId, portId] = await ids(articleId);

      const outcome = await reextractArticle(t.db, articleId, { extract: improved, version: 'v2' });
      assert.deepEqual(outcome, { articleId, status: 'reextracted', version: 'v2', kept: 1, added: 1, removed: 1 });
      const now = await getArticleAttributions(t.db, articleId);
      assert.equal(now[0]!.id, quoteId);
      assert.equal(now[0]!.rule, 'test-quote-improved');
      // The relay is gone from the chain; the publisher still closes it.
      assert.deepEqual(now[0]!.via.map((h) => h.name), []);
      assert.equal(now[0]!.publisher?.name, 'The Daily Test');
      assert.ok(!now.some((a) => a.id === portId));
      assert.ok(now[1]!.id > portId!);
      assert.equal(now[1]!.content[0]!.text, 'Ministers met in Jakarta on Monday');
      assert.equal(await versionOf(articleId), 'v2');

      // Idempotent: the same extractor again changes nothing, unless forced, and then keeps every id.
      assert.equal((await reextractArticle(t.db, articleId, { extract: improved, version: 'v2' })).status, 'current');
      const forced = await reextractArticle(t.db, articleId, { extract: improved, version: 'v2', force: true });
      assert.deepEqual(forced, { articleId, status: 'reextracted', version: 'v2', kept: 2, added: 0, removed: 0 });
      assert.deepEqual(await ids(articleId), now.map((a) => a.id));
    });

    test('a claim anchored on a removed attribution moves to its earliest remaining member', async () => {
      // A statement no other test reports, so that only these three articles share its claim.
      const statement = 'The harbour stays closed until the storm season ends';
      const reported = changed(([quote], text) => [{ ...quote!, content: [spanOf(text, statement)], via: [] }]);
      const article = (n: number) => `${handBuilt.text}\n\n"${statement}," she said in interview ${n}.`;
      const [first, second, third] = [await ingest(article(1), 'v1', reported), await ingest(article(2), 'v1', reported), await ingest(article(3), 'v1', reported)];
      const claimsOf = async (articleId: number) =>
        (await t.db.selectFrom('attributions').select('claim_id').where('article_id', '=', articleId).orderBy('ordinal').execute()).map((r) => r.claim_id);
      const anchors = await ids(first.articleId);
      assert.deepEqual(await claimsOf(second.articleId), anchors);
      assert.deepEqual(await claimsOf(third.articleId), anchors);

      await reextractArticle(t.db, first.articleId, { extract: nothing, version: 'v2' });
      assert.deepEqual(await ids(first.articleId), []);
      const moved = await ids(second.articleId);
      assert.deepEqual(await claimsOf(second.articleId), moved);
      assert.deepEqual(await claimsOf(third.articleId), moved);
    });

    test('a kept speaker keeps its entity, with any curation, while the article names it the same', async () => {
      const { articleId } = await ingest(`${handBuilt.text}\n\nFifth variant.`, 'v1');
      const [quoteId] = await ids(articleId);
      // As a manual split would: this statement's Ana Lopes is another person.
      const other = await insertEntity(t.db, 'person', 'Ana Lopes', true);
      await t.db.updateTable('attributions').set({ speaker_entity_id: other }).where('id', '=', quoteId!).execute();
      const speakerOf = async () =>
        (await t.db.selectFrom('attributions').select('speaker_entity_id').where('id', '=', quoteId!).executeTakeFirstOrThrow()).speaker_entity_id;

      await reextractArticle(t.db, articleId, { extract: quoteOnly, version: 'v2' });
      assert.equal(await speakerOf(), other);
      const renamed = changed(([quote]) => [{ ...quote!, speaker: { ...quote!.speaker!, name: 'Ana Maria Lopes' } }]);
      await reextractArticle(t.db, articleId, { extract: renamed, version: 'v3' });
      assert.notEqual(await speakerOf(), other);
    });

    test('the job re-extracts the articles another extractor read, once, and reports what it did', async () => {
      const stale = await ingest(`${handBuilt.text}\n\nSixth variant.`, 'old');
      const current = await ingest(`${handBuilt.text}\n\nSeventh variant.`, 'job');
      const seen: number[] = [];
      const summary = await reextractStale(t.db, { extract: quoteOnly, version: 'job', batch: 1, onArticle: (o) => seen.push(o.articleId) });
      assert.ok(seen.includes(stale.articleId));
      assert.ok(!seen.includes(current.articleId));
      assert.equal(summary.busy, 0);
      assert.ok(summary.articles >= 1 && summary.removed >= 1);
      assert.equal(await versionOf(stale.articleId), 'job');
      assert.deepEqual(await reextractStale(t.db, { extract: quoteOnly, version: 'job' }), { articles: 0, kept: 0, added: 0, removed: 0, busy: 0 });
    });

    test('two workers share the job: each article is re-extracted once', async () => {
      const stale = [];
      for (let n = 0; n < 4; n++) stale.push((await ingest(`${handBuilt.text}\n\nShared job ${n}.`, 'before')).articleId);
      const [a, b] = await Promise.all([reextractStale(t.db, { extract: quoteOnly, version: 'shared' }), reextractStale(t.db, { extract: quoteOnly, version: 'shared' })]);
      // Articles earlier tests left at other versions are re-extracted too; none twice.
      assert.equal((await t.db.selectFrom('articles').select('id').where('extractor_version', '!=', 'shared').execute()).length, 0);
      const total = a.articles + b.articles;
      const articles = (await t.db.selectFrom('articles').select('id').execute()).length;
      assert.ok(total <= articles, `${total} re-extractions of ${articles} articles`);
      for (const id of stale) assert.equal(await versionOf(id), 'shared');
    });

    test('an article that is not stored is reported missing', async () => {
      assert.deepEqual(await reextractArticle(t.db, 987654321, { extract: nothing }), { articleId: 987654321, status: 'missing' });
    });
  });
}

test('the command rejects an article id or batch that is not a positive whole number', async () => {
  for (const args of [['--batch', '0'], ['--article', 'abc'], ['--unknown']]) assert.equal(await run(args), 2, args.join(' '));
});
