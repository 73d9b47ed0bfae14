import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { createApp } from '../../src/api/app.ts';
import { databaseTargets, type TestDatabase } from '../support/databases.ts';
import { count, handBuilt } from '../support/fixtures.ts';

type Bad = [label: string, send: (r: request.Test) => request.Test, status: number, code: string, field?: RegExp];

const json = (body: unknown) => (r: request.Test) => r.set('content-type', 'application/json').send(JSON.stringify(body));
// Sent byte for byte: superagent would otherwise JSON-encode a Buffer given a JSON content type.
const raw = (type: string, body: string | Buffer) => (r: request.Test) =>
  r
    .set('content-type', type)
    .serialize((x: unknown) => x as string)
    .send(body);

// Every way a POST /articles can be wrong, with the answer it must get (never a 500).
const badInputs: Bad[] = [
  ['invalid JSON', raw('application/json', '{"text": "a'), 400, 'invalid_json'],
  ['JSON null', raw('application/json', 'null'), 400, 'invalid_json'],
  ['an array body', json([{ text: 'x' }]), 400, 'invalid_type', /body/],
  ['text of the wrong type', json({ text: 42 }), 400, 'invalid_type', /^text/],
  ['publisher of the wrong type', json({ text: 'Hello.', publisher: ['x'] }), 400, 'invalid_type', /^publisher/],
  ['missing text', json({ publisher: 'X' }), 400, 'missing_field', /^text/],
  ['empty text', json({ text: '' }), 400, 'empty_text', /^text/],
  ['whitespace text', json({ text: ' \n\t\u00a0 ' }), 400, 'empty_text', /^text/],
  ['whitespace html', json({ html: '   ' }), 400, 'empty_text', /^html/],
  ['text and html together', json({ text: 'a', html: '<p>a</p>' }), 400, 'invalid_value', /^html/],
  ['unknown lang', json({ text: 'Bonjour.', lang: 'fr' }), 400, 'invalid_value', /^lang/],
  ['NUL byte', json({ text: 'He said\u0000 hi.' }), 400, 'invalid_text', /^text.*NUL/],
  ['binary junk', json({ text: '\u0001\u0002\u0003PK\u0004\u0014' }), 400, 'invalid_text', /^text/],
  ['lone surrogate', raw('application/json', '{"text": "broken \\ud800 text"}'), 400, 'invalid_text', /^text/],
  ['invalid UTF-8 bytes', raw('application/json', Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 400, 'invalid_utf8'],
  ['bad date', json({ text: 'Hello.', published_at: 'yesterday' }), 400, 'invalid_value', /^published_at/],
  ['bad url', json({ text: 'Hello.', url: 'javascript:alert(1)' }), 400, 'invalid_value', /^url/],
  ['unknown field', json({ text: 'Hello.', publsher: 'typo' }), 400, 'unknown_field', /publsher/],
  ['body over the limit', json({ text: 'a'.repeat(2.5 * 1024 * 1024) }), 413, 'payload_too_large'],
  ['plain-text content type', raw('text/plain', 'Just some text.'), 415, 'unsupported_media_type'],
  ['form content type', raw('application/x-www-form-urlencoded', 'text=hello'), 415, 'unsupported_media_type'],
  ['unsupported charset', raw('application/json; charset=latin1', '{"text":"x"}'), 415, 'unsupported_charset'],
  ['no body at all', (r) => r, 400, 'missing_body'],
];

for (const target of databaseTargets()) {
  describe(`POST and GET /articles on ${target.name}`, () => {
    let t: TestDatabase;
    let app: ReturnType<typeof createApp>;
    before(async () => {
      t = await target.open();
      app = createApp({ db: t.db, databaseKind: t.kind, extract: handBuilt.extract });
    });
    after(() => t.close());

    test('201 with the stored attributions, then 200 with the same id', async () => {
      const body = { text: handBuilt.text, publisher: 'The Daily Test', url: 'https://example.test/a', published_at: '2024-05-06T09:30:00+07:00' };
      const first = await request(app).post('/articles').send(body).expect(201).expect('content-type', /json/);
      assert.equal(first.headers.location, `/articles/${first.body.id}`);
      assert.equal(first.body.created, true);
      assert.equal(first.body.attributions.length, 2);
      assert.deepEqual(first.body.attributions[0].via.map((h: { name: string }) => h.name), ['Reuters']);
      assert.equal(first.body.attributions[0].publisher.name, 'The Daily Test');

      const second = await request(app).post('/articles').send(body).expect(200);
      assert.equal(second.body.id, first.body.id);
      assert.equal(second.body.created, false);
      assert.deepEqual(second.body.attributions, first.body.attributions);

      // The rows behind the answers.
      assert.equal(await count(t.db, 'articles'), 1);
      assert.equal(await count(t.db, 'attributions'), 2);
      const row = await t.db.selectFrom('articles').selectAll().executeTakeFirstOrThrow();
      assert.equal(row.id, first.body.id);
      assert.equal(row.url, 'https://example.test/a');
      assert.equal(row.published_at?.toISOString(), '2024-05-06T02:30:00.000Z');
    });

    test('two concurrent POSTs of one article store one row', async () => {
      const body = { text: `${handBuilt.text}\n\nAnd one more line.`, publisher: 'The Daily Test' };
      const answers = await Promise.all([request(app).post('/articles').send(body), request(app).post('/articles').send(body)]);
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 201]);
      assert.equal(answers[0]!.body.id, answers[1]!.body.id);
      const rows = await t.db.selectFrom('articles').select('id').where('id', '=', answers[0]!.body.id).execute();
      assert.equal(rows.length, 1);
      assert.equal(await count(t.db, 'articles'), 2);
      assert.equal(await count(t.db, 'attributions'), 4);
    });

    test('GET /articles/:id serves the stored article and its attributions', async () => {
      const id = (await t.db.selectFrom('articles').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
      const res = await request(app).get(`/articles/${id}`).expect(200);
      assert.equal(res.body.id, id);
      assert.equal(res.body.text, handBuilt.text);
      assert.equal(res.body.publisher.name, 'The Daily Test');
      assert.equal(res.body.lang, 'en');
      assert.equal(res.body.attributions.length, 2);
      for (const a of res.body.attributions) for (const s of a.content) assert.equal(res.body.text.slice(s.start, s.end), s.text);
    });

    test('POST /articles/:id/reextract runs the extractor again and keeps the ids of what it finds again', async () => {
      const id = (await t.db.selectFrom('articles').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
      const before = await request(app).get(`/articles/${id}`).expect(200);
      const res = await request(app).post(`/articles/${id}/reextract`).expect(200).expect('content-type', /json/);
      assert.equal(res.body.id, id);
      assert.equal(res.body.status, 'reextracted');
      assert.deepEqual([res.body.kept, res.body.added, res.body.removed], [2, 0, 0]);
      assert.deepEqual(res.body.attributions.map((a: { id: number }) => a.id), before.body.attributions.map((a: { id: number }) => a.id));
      assert.equal((await request(app).post('/articles/987654/reextract')).status, 404);
      assert.equal((await request(app).post('/articles/abc/reextract')).status, 400);
    });

    test('bad ids are 400, unknown ones 404, never 500', async () => {
      const cases: Array<[string, number]> = [
        ['/articles/abc', 400],
        ['/articles/0', 400],
        ['/articles/-1', 400],
        ['/articles/1.5', 400],
        ['/articles/99999999999999999999', 400],
        ['/articles/%00', 400],
        ['/articles/987654', 404],
      ];
      for (const [path, status] of cases) {
        const res = await request(app).get(path);
        assert.equal(res.status, status, path);
        assert.equal(typeof res.body.error.code, 'string', path);
      }
    });

    for (const [label, send, status, code, field] of badInputs) {
      test(`rejects ${label} with ${status} ${code}`, async () => {
        const before = await count(t.db, 'articles');
        const res = await send(request(app).post('/articles'));
        assert.equal(res.status, status, JSON.stringify(res.body));
        assert.match(res.headers['content-type'] ?? '', /json/);
        assert.equal(res.body.error.code, code);
        assert.equal(typeof res.body.error.message, 'string');
        if (field) assert.match(res.body.error.message, field);
        assert.equal(await count(t.db, 'articles'), before);
      });
    }

    test('an unexpected failure is a 500 that leaks nothing, and the server lives on', async () => {
      const broken = createApp({
        db: t.db,
        extract: () => {
          throw new Error('secret internals at /srv/quotetrail');
        },
      });
      const res = await request(broken).post('/articles').send({ text: 'A brand new article that no one stored yet.' }).expect(500);
      assert.deepEqual(res.body, { error: { code: 'internal_error', message: 'internal error' } });
      await request(broken).get('/health').expect(200);
    });

    test('unknown routes are a JSON 404', async () => {
      const res = await request(app).get('/nope').expect(404);
      assert.equal(res.body.error.code, 'not_found');
      await request(app).delete('/articles/1').expect(404);
    });
  });
}
