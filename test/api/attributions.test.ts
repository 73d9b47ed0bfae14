import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { createApp } from '../../src/api/app.ts';
import { encodeCursor } from '../../src/services/search.ts';
import { databaseTargets, type TestDatabase } from '../support/databases.ts';
import { handBuilt } from '../support/fixtures.ts';

for (const target of databaseTargets()) {
  describe(`attributions, chains and speakers on ${target.name}`, () => {
    let t: TestDatabase;
    let app: ReturnType<typeof createApp>;
    before(async () => {
      t = await target.open();
      app = createApp({ db: t.db, databaseKind: t.kind, extract: handBuilt.extract });
      // Three articles: the same two statements, published by two outlets, one in Indonesian.
      await request(app).post('/articles').send({ text: handBuilt.text, publisher: 'The Daily Test', published_at: '2024-05-06', lang: 'en' }).expect(201);
      await request(app)
        .post('/articles')
        .send({ text: `${handBuilt.text}\n\nUpdated.`, publisher: 'Harian Uji', published_at: '2024-05-07', lang: 'id' })
        .expect(201);
      await request(app).post('/articles').send({ text: `${handBuilt.text}\n\nLater.`, publisher: 'The Daily Test', lang: 'en' }).expect(201);
    });
    after(() => t.close());

    test('GET /health names the database', async () => {
      const res = await request(app).get('/health').expect(200);
      assert.deepEqual(res.body, { status: 'ok', database: t.kind });
    });

    test('GET /attributions filters, combined with AND', async () => {
      const cases: Array<[string, number, string[]]> = [
        ['', 6, ['José Martí', 'Ana Lopes']],
        ['?speaker=ana%20lopes', 3, ['Ana Lopes']],
        ['?speaker=Jose%20MARTI', 3, ['José Martí']],
        ['?speaker=nobody', 0, []],
        ['?via=Reuters', 3, ['Ana Lopes']],
        ['?via=Harian%20Uji', 0, []],
        ['?publisher=harian%20uji', 2, ['José Martí', 'Ana Lopes']],
        ['?lang=id', 2, ['José Martí', 'Ana Lopes']],
        ['?kind=indirect&lang=en', 2, ['José Martí']],
        // The article describes Ana Lopes by her office; it says nothing either way of José Martí.
        ['?standing=public', 3, ['Ana Lopes']],
        ['?standing=private', 0, []],
        // English stemming finds "withdraw" in the English copies only; the Indonesian
        // configuration leaves the English word unstemmed.
        ['?q=withdrawing', 2, ['Ana Lopes']],
        ['?q=%22port%20reopens%22', 3, ['José Martí']],
        ['?q=withdraw&speaker=marti', 0, []],
      ];
      for (const [query, n, speakers] of cases) {
        const res = await request(app).get(`/attributions${query}`).expect(200);
        assert.deepEqual(Object.keys(res.body).sort(), ['items', 'next_cursor'], query);
        assert.equal(res.body.items.length, n, query);
        assert.deepEqual([...new Set(res.body.items.map((a: { speaker: { name: string } }) => a.speaker.name))], speakers, query);
        assert.equal(res.body.next_cursor, null, query);
      }
    });

    test('each speaker carries the standing the article gives it, null when it gives none', async () => {
      const res = await request(app).get('/attributions?lang=en').expect(200);
      const standing = Object.fromEntries(res.body.items.map((a: { speaker: { name: string; standing: string | null } }) => [a.speaker.name, a.speaker.standing]));
      assert.deepEqual(standing, { 'Ana Lopes': 'public', 'José Martí': null });
    });

    test('keyset pages cover everything once, newest first', async () => {
      const ids: number[] = [];
      let next: string | null = null;
      let pages = 0;
      do {
        const res: request.Response = await request(app)
          .get('/attributions')
          .query({ limit: 4, ...(next ? { cursor: next } : {}) })
          .expect(200);
        ids.push(...res.body.items.map((a: { id: number }) => a.id));
        next = res.body.next_cursor;
        pages++;
      } while (next && pages < 10);
      assert.equal(pages, 2);
      assert.equal(ids.length, 6);
      assert.deepEqual(
        ids,
        [...ids].sort((a, b) => b - a),
      );
      const all = await t.db.selectFrom('attributions').select('id').orderBy('id', 'desc').execute();
      assert.deepEqual(
        ids,
        all.map((r) => r.id),
      );
    });

    test('bad query parameters are 400 naming the parameter', async () => {
      const cases: Array<[string, string, RegExp]> = [
        ['?limit=0', 'invalid_value', /^limit/],
        ['?limit=101', 'invalid_value', /^limit/],
        ['?limit=ten', 'invalid_value', /^limit/],
        ['?limit=-5', 'invalid_value', /^limit/],
        ['?cursor=garbage!', 'invalid_cursor', /^cursor/],
        ['?cursor=eyJ4IjoxfQ', 'invalid_cursor', /^cursor/],
        [`?cursor=${encodeCursor('speakers', 5)}`, 'invalid_cursor', /^cursor/],
        ['?lang=fr', 'invalid_value', /^lang/],
        ['?kind=rumour', 'invalid_value', /^kind/],
        ['?speaker=', 'invalid_value', /^speaker/],
        ['?speaker=%20%20', 'invalid_value', /^speaker/],
        ['?speaker=a&speaker=b', 'invalid_type', /^speaker/],
        ['?q=' + 'x'.repeat(201), 'invalid_value', /^q/],
        ['?colour=red', 'unknown_field', /colour/],
      ];
      for (const [query, code, message] of cases) {
        const res = await request(app).get(`/attributions${query}`);
        assert.equal(res.status, 400, query);
        assert.equal(res.body.error.code, code, query);
        assert.match(res.body.error.message, message, query);
      }
      // Odd full-text syntax is not an error: websearch_to_tsquery accepts anything.
      await request(app).get('/attributions?q=%22%20OR%20-%20(%20%26%20!').expect(200);
    });

    test('GET /attributions/:id/chain: speaker → intermediaries → publisher, with evidence', async () => {
      const list = await request(app).get('/attributions?speaker=lopes&publisher=daily%20test').expect(200);
      const a = list.body.items[list.body.items.length - 1];
      const res = await request(app).get(`/attributions/${a.id}/chain`).expect(200);
      assert.equal(res.body.attribution_id, a.id);
      assert.deepEqual(
        res.body.chain.map((h: { role: string; name: string; position: number }) => [h.position, h.role, h.name]),
        [
          [0, 'speaker', 'Ana Lopes'],
          [1, 'intermediary', 'Reuters'],
          [2, 'publisher', 'The Daily Test'],
        ],
      );
      const article = await request(app).get(`/articles/${res.body.article.id}`).expect(200);
      for (const hop of res.body.chain) {
        for (const evidence of [hop.mention, hop.cue]) {
          if (evidence) assert.equal(article.body.text.slice(evidence.start, evidence.end), evidence.text);
        }
      }
      assert.equal(res.body.chain[1].cue.text, 'as quoted by');
      assert.equal(res.body.chain[0].mention.text, 'Defence Minister Ana Lopes');
      // The rows behind it.
      const hops = await t.db.selectFrom('attribution_hops').select(['position', 'is_publisher']).where('attribution_id', '=', a.id).orderBy('position').execute();
      assert.deepEqual(
        hops.map((h) => h.is_publisher),
        [false, true],
      );
      await request(app).get('/attributions/abc/chain').expect(400);
      await request(app).get('/attributions/424242/chain').expect(404);
    });

    test('GET /speakers and /speakers/:id: aliases, roles over time, counts', async () => {
      const list = await request(app).get('/speakers').expect(200);
      assert.deepEqual(
        list.body.items.map((s: { name: string; attribution_count: number }) => [s.name, s.attribution_count]),
        [
          ['Ana Lopes', 3],
          ['José Martí', 3],
        ],
      );
      assert.equal(list.body.next_cursor, null);
      const found = await request(app).get('/speakers?q=marti').expect(200);
      assert.deepEqual(
        found.body.items.map((s: { name: string }) => s.name),
        ['José Martí'],
      );
      const first = await request(app).get('/speakers?limit=1').expect(200);
      const second = await request(app).get(`/speakers?limit=1&cursor=${first.body.next_cursor}`).expect(200);
      assert.deepEqual(
        [...first.body.items, ...second.body.items].map((s: { name: string }) => s.name),
        ['Ana Lopes', 'José Martí'],
      );
      assert.equal(second.body.next_cursor, null);

      const lopes = list.body.items[0].id;
      const res = await request(app).get(`/speakers/${lopes}`).expect(200);
      assert.equal(res.body.name, 'Ana Lopes');
      assert.equal(res.body.kind, 'person');
      assert.deepEqual(res.body.aliases, ['Ana Lopes']);
      assert.deepEqual(
        res.body.roles.map((r: { role: string; stated_at: string | null }) => [r.role, r.stated_at]),
        [
          ['Defence Minister', '2024-05-06T00:00:00.000Z'],
          ['Defence Minister', '2024-05-07T00:00:00.000Z'],
          ['Defence Minister', null],
        ],
      );
      assert.deepEqual(res.body.counts, { attributions: 3, articles: 3, described_public: 3, described_private: 0, in_groups: 0, relayed: 0, published: 0 });

      const reuters = (await t.db.selectFrom('entities').select('id').where('canonical_name', '=', 'Reuters').executeTakeFirstOrThrow()).id;
      const relay = await request(app).get(`/speakers/${reuters}`).expect(200);
      assert.equal(relay.body.counts.relayed, 3);

      const bad: Array<[string, number]> = [
        ['/speakers/abc', 400],
        ['/speakers/999999', 404],
        ['/speakers?limit=0', 400],
        ['/speakers?cursor=nope', 400],
        ['/speakers?q=', 400],
      ];
      for (const [path, status] of bad) assert.equal((await request(app).get(path)).status, status, path);
    });
  });
}
