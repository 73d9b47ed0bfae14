// The seed article through the API with the real extractor, on every database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { createApp } from '../../src/api/app.ts';
import { extract } from '../../src/extract/pipeline.ts';
import { normaliseText } from '../../src/services/ingest.ts';
import { databaseTargets, type TestDatabase } from '../support/databases.ts';
import { count, seed } from '../support/fixtures.ts';

interface Hop {
  position: number;
  role: string;
  name: string;
  mention: { start: number; end: number; text: string } | null;
  antecedent?: { start: number; end: number; text: string } | null;
  cue: { start: number; end: number; text: string } | null;
}

for (const target of databaseTargets()) {
  describe(`seed article through the API on ${target.name}`, () => {
    let t: TestDatabase;
    let app: ReturnType<typeof createApp>;
    let posted: request.Response;
    before(async () => {
      t = await target.open();
      app = createApp({ db: t.db, databaseKind: t.kind });
      posted = await request(app).post('/articles').send({ text: seed.text(), publisher: 'Russia Beyond', published_at: '2017-03-02' });
    });
    after(() => t.close());

    test('whatever extract returns is stored and served back faithfully', async () => {
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      const text = normaliseText(seed.text());
      const expected = extract({ text, lang: posted.body.lang, publisher: 'Russia Beyond' });
      assert.equal(posted.body.lang, 'id');
      assert.equal(await count(t.db, 'attributions'), expected.attributions.length);

      const article = await request(app).get(`/articles/${posted.body.id}`).expect(200);
      assert.equal(article.body.text, text);
      assert.deepEqual(article.body.attributions, posted.body.attributions);
      assert.equal(article.body.attributions.length, expected.attributions.length);
      for (const [i, got] of article.body.attributions.entries()) {
        const want = expected.attributions[i]!;
        assert.equal(got.kind, want.kind);
        assert.deepEqual(got.content, want.content);
        assert.deepEqual(got.cue, want.cue);
        assert.equal(got.speaker?.name ?? null, want.speaker?.name ?? null);
        assert.deepEqual(got.speaker?.mention ?? null, want.speaker?.mention ?? null);
        assert.deepEqual(got.speaker?.antecedent ?? null, want.speaker?.antecedent ?? null);
        assert.equal(got.speaker?.title ?? null, want.speaker?.title ?? null);
        assert.equal(got.speaker?.role ?? null, want.speaker?.role ?? null);
        assert.equal(got.speaker?.organization ?? null, want.speaker?.organization ?? null);
        assert.deepEqual(
          got.via.map((h: Hop) => [h.name, h.mention, h.cue]),
          want.via.map((h) => [h.name, h.mention, h.cue]),
        );
        assert.equal(got.confidence, want.confidence);
        assert.equal(got.rule, want.rule);

        // Its chain ends with the publisher, and every piece of evidence points into the text.
        const chain = await request(app).get(`/attributions/${got.id}/chain`).expect(200);
        const hops: Hop[] = chain.body.chain;
        assert.equal(hops.length, want.via.length + 2);
        assert.deepEqual(hops.at(-1)!.role, 'publisher');
        assert.equal(hops.at(-1)!.name, 'Russia Beyond');
        assert.deepEqual(
          hops.slice(1, -1).map((h) => h.name),
          want.via.map((h) => h.name),
        );
        for (const h of hops) for (const e of [h.mention, h.antecedent, h.cue]) if (e) assert.equal(text.slice(e.start, e.end), e.text);
      }
      // "…, katanya menambahkan": the clitic's evidence names Konashenkov where the article introduced him.
      const clitic = article.body.attributions.find((a: { speaker?: { mention?: { text: string } } }) => a.speaker?.mention?.text === 'katanya');
      assert.ok(clitic?.speaker.antecedent?.text.endsWith('Konashenkov'), JSON.stringify(clitic?.speaker));
      const again = await request(app).post('/articles').send({ text: seed.text(), publisher: 'Russia Beyond' }).expect(200);
      assert.equal(again.body.id, posted.body.id);
      assert.equal(await count(t.db, 'articles'), 1);
    });

    test("the seed's expected result: Scrocca's claim and its chain", async () => {
      const want = seed.expected();
      const scrocca = want.attributions.find((a) => a.speaker === 'Joseph Scrocca')!;
      const res = await request(app).get('/attributions?speaker=Scrocca').expect(200);
      assert.equal(res.body.items.length, 1);
      const claim = res.body.items[0];
      assert.equal(claim.kind, scrocca.kind);
      assert.equal(claim.content_text, scrocca.content);
      assert.equal(claim.speaker.name, 'Joseph Scrocca');
      assert.equal(claim.speaker.mention.text, scrocca.mention);
      assert.equal(claim.cue.text.toLowerCase(), scrocca.cue);
      const chain = await request(app).get(`/attributions/${claim.id}/chain`).expect(200);
      assert.deepEqual(
        chain.body.chain.map((h: Hop) => h.name),
        ['Joseph Scrocca', 'Igor Konashenkov', 'Sputnik', 'Russia Beyond'],
      );
      assert.deepEqual(
        chain.body.chain.map((h: Hop) => h.role),
        ['speaker', 'intermediary', 'intermediary', 'publisher'],
      );

      // Every annotated attribution is served, with its speaker and chain.
      const all = await request(app).get('/attributions?limit=100').expect(200);
      assert.equal(all.body.items.length, want.attributions.length);
      for (const a of want.attributions) {
        const got = all.body.items.find((x: { content_text: string }) => x.content_text === a.content);
        assert.ok(got, `missing: ${a.content}`);
        assert.equal(got.speaker?.name, a.speaker, a.content);
        assert.deepEqual(
          got.via.map((h: Hop) => h.name),
          a.via,
          a.content,
        );
      }
      for (const name of ['Reuters', 'Russia Beyond', 'ISIS']) {
        const spoke = await request(app).get('/attributions').query({ speaker: name }).expect(200);
        assert.equal(spoke.body.items.length, 0, name);
      }
      const konashenkov = await request(app).get('/speakers?q=konashenkov').expect(200);
      assert.equal(konashenkov.body.items.length, 1);
      const speaker = await request(app).get(`/speakers/${konashenkov.body.items[0].id}`).expect(200);
      assert.ok(speaker.body.aliases.includes('Konashenkov'));
      assert.ok(speaker.body.roles.some((r: { role: string; title: string }) => r.role === 'Juru Bicara Kementerian Pertahanan Rusia' && r.title === 'Mayjen'));
    });
  });
}
