// The re-report fixture through the HTTP API on every database: entities across articles,
// merge/split, search, variants, claim timelines, relays, chains — then the rows behind them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { createApp } from '../../src/api/app.ts';
import { extract } from '../../src/extract/pipeline.ts';
import { databaseTargets, type TestDatabase } from '../support/databases.ts';
import { count } from '../support/fixtures.ts';
import { articleBodies, oracleExtract, rereports } from '../support/rereports.ts';

type App = ReturnType<typeof createApp>;
interface Item {
  id: number;
  article_id: number;
  content_text: string;
  speaker: { entity_id: number; name: string } | null;
  publisher: { name: string } | null;
  published_at: string | null;
  claim_id: number;
  snippet: string | null;
  score: number | null;
}

const fixtureAttributions = rereports.articles.flatMap((a) => a.attributions.map((at) => ({ ...at, article: a })));
const contentOf = (c: string | string[]) => (Array.isArray(c) ? c.join(' ') : c);

async function ingestAll(app: App): Promise<number[]> {
  const ids: number[] = [];
  for (const body of articleBodies()) ids.push((await request(app).post('/articles').send(body).expect(201)).body.id);
  return ids;
}

async function all(app: App, query: string): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const res: request.Response = await request(app).get(`/attributions?${query}${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
    items.push(...res.body.items);
    cursor = res.body.next_cursor;
    if (!cursor) return items;
  }
  throw new Error('too many pages');
}

async function entityId(t: TestDatabase, name: string): Promise<number> {
  return (await t.db.selectFrom('entities').select('id').where('canonical_name', '=', name).where('merged_into_id', 'is', null).executeTakeFirstOrThrow()).id;
}

for (const target of databaseTargets()) {
  describe(`re-reports through the API on ${target.name}`, () => {
    let t: TestDatabase;
    let app: App;
    let articleIds: number[];
    /** Stored attribution id by fixture file and statement. */
    const idOf = new Map<string, number>();
    before(async () => {
      t = await target.open();
      app = createApp({ db: t.db, databaseKind: t.kind, extract: oracleExtract });
      articleIds = await ingestAll(app);
      for (const [k, a] of rereports.articles.entries()) {
        const rows = await t.db.selectFrom('attributions').select(['id', 'rule']).where('article_id', '=', articleIds[k]!).execute();
        for (const r of rows) idOf.set(`${a.file}#${r.rule.replace('fixture:', '')}`, r.id);
      }
    });
    after(() => t.close());
    const at = (file: string, statement: string) => idOf.get(`${rereports.articles.find((a) => a.file.startsWith(file))!.file}#${statement}`)!;

    test('one entity per speaker and per outlet across articles, each link with its reason', async () => {
      const entities = await t.db.selectFrom('entities').select(['kind', 'canonical_name']).where('merged_into_id', 'is', null).orderBy('id').execute();
      const expected = new Set(
        rereports.entities.map((e) => `${e.kind}:${e.name}`).filter((e) => e !== 'organization:Kementerian Kelautan dan Perikanan'),
      );
      // The ministry is only ever named "KKP" in the fixture, so that is its name.
      expected.add('organization:KKP');
      assert.deepEqual(new Set(entities.map((e) => `${e.kind}:${e.canonical_name}`)), expected);
      for (const e of rereports.entities.filter((x) => x.kind === 'person')) {
        const id = await entityId(t, e.name);
        const res = await request(app).get(`/speakers/${id}`).expect(200);
        for (const alias of e.aliases.filter((a) => a !== 'Ms Hollis')) assert.ok(res.body.aliases.includes(alias), `${e.name}: ${alias}`);
        const spoken = fixtureAttributions.filter((a) => a.speaker === e.name).length;
        assert.equal(res.body.counts.attributions, spoken, e.name);
        for (const a of res.body.alias_details) assert.ok(a.match_code && a.match_reason, `${e.name}: ${a.alias}`);
      }
      const wn = await entityId(t, 'Warta Nusantara');
      const hops = await t.db.selectFrom('attribution_hops').select(['entity_id', 'match_code']).where('name', 'like', 'Warta Nusantara%').execute();
      assert.ok(hops.length >= 11);
      assert.ok(hops.every((h) => h.entity_id === wn));
      assert.ok(hops.some((h) => h.match_code === 'outlet-name'), 'Warta Nusantara News Agency');
      const unexplained = await t.db.selectFrom('attributions').select('id').where('speaker_match_code', 'is', null).execute();
      assert.deepEqual(unexplained, []);
    });

    test('GET /speakers/:id: roles over time, counts, top topics, who relayed them', async () => {
      const hendra = await entityId(t, 'Hendra Kusumawardana');
      const res = await request(app).get(`/speakers/${hendra}`).expect(200);
      assert.equal(res.body.name, 'Hendra Kusumawardana');
      const dates = res.body.roles.map((r: { stated_at: string }) => r.stated_at);
      assert.deepEqual(dates, [...dates].sort());
      assert.equal(res.body.roles[0].role, 'Menteri Kelautan dan Perikanan');
      assert.equal(res.body.roles[0].stated_at, new Date('2024-06-03T10:15:00+07:00').toISOString());
      assert.ok(res.body.roles.some((r: { role: string | null; title: string | null }) => (r.role ?? r.title) === 'fisheries minister'));
      assert.ok(res.body.top_topics.length > 0);
      assert.ok(res.body.top_topics.some((x: { term: string }) => x.term === 'lobster'), JSON.stringify(res.body.top_topics));
      assert.ok(res.body.top_topics.every((x: { term: string }) => !['yang', 'dan', 'kami'].includes(x.term)));
      const relayers = Object.fromEntries(res.body.relayed_by.map((r: { name: string; relayed: number; published: number }) => [r.name, [r.relayed, r.published]]));
      assert.deepEqual(relayers['Warta Nusantara'], [5, 3]);
      assert.deepEqual(relayers['Kabar Kota'], [2, 3]);
    });

    test('GET /attributions: every filter, checked against the fixture', async () => {
      const n = (pred: (a: (typeof fixtureAttributions)[number]) => boolean) => fixtureAttributions.filter(pred).length;
      const cases: Array<[string, number]> = [
        ['speaker=hendra', n((a) => a.speaker === 'Hendra Kusumawardana')],
        ['speaker=Kusumawardhana', n((a) => a.speaker === 'Hendra Kusumawardana')], // misspelt: trigram fallback
        ['speaker=Holis', n((a) => a.speaker === 'Margaret Hollis')],
        ['speaker=nobody%20at%20all', 0],
        ['via=Warta%20Nusantara', n((a) => a.via.includes('Warta Nusantara'))],
        ['via=meridian', n((a) => a.via.includes('Meridian Wire'))],
        ['via=Hendra%20Kusumawardana', 1],
        ['publisher=Warta%20Nusantara', 6],
        ['publisher=harbour%20times', 3],
        ['lang=en', n((a) => a.article.lang === 'en')],
        ['lang=id&kind=direct', n((a) => a.article.lang === 'id' && a.kind === 'direct')],
        ['organization=Asosiasi%20Eksportir', 2],
        ['organization=KKP', 2],
        ['role=ketua', n((a) => a.speaker === 'Darmaji' || a.speaker === 'Rudi Hartanto' || a.speaker === 'Margaret Hollis')],
        ['from=2024-06-10', n((a) => Date.parse(a.article.published_at) >= Date.parse('2024-06-10T00:00:00Z'))],
        ['from=2024-06-04&to=2024-06-05', n((a) => ['02-kabar-kota-lobster.id.txt', '03-suara-pesisir-kkp.id.txt'].includes(a.article.file))],
        ['to=2024-06-03T12:00:00%2B07:00', 6],
        ['q=benih%20lobster', n((a) => a.article.lang === 'id' && /benih/i.test(contentOf(a.content)) && /lobster/i.test(contentOf(a.content)))],
        ['q=patrol%20waters&lang=en', n((a) => a.article.lang === 'en' && /patrol/.test(contentOf(a.content)) && /waters/.test(contentOf(a.content)))],
        ['q=%22billion%20dollars%22', 2],
        ['fuzzy=no%20contry%20can%20patroll%20these%20watters', n((a) => /no country can patrol these waters/i.test(contentOf(a.content)))],
      ];
      for (const [query, expected] of cases) {
        const items = await all(app, `${query}&limit=3`);
        assert.equal(items.length, expected, query);
        assert.equal(new Set(items.map((i) => i.id)).size, items.length, `${query}: no duplicates across pages`);
      }
    });

    test('orders: date (undated last), relevance with snippets; keyset pages cover everything once', async () => {
      const byDate = await all(app, 'sort=date&limit=4');
      assert.equal(byDate.length, fixtureAttributions.length);
      const dates = byDate.map((i) => i.published_at!);
      assert.deepEqual(dates, [...dates].sort().reverse());
      const relevant = await all(app, 'q=lobster&limit=2');
      const scores = relevant.map((i) => i.score!);
      assert.ok(scores.every((s) => s > 0));
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
      for (const i of relevant) assert.match(i.snippet!, /<mark>lobster<\/mark>/i);
      const byDateQ = await all(app, 'q=lobster&sort=date&limit=2');
      assert.deepEqual(new Set(byDateQ.map((i) => i.id)), new Set(relevant.map((i) => i.id)));
      const plain = await request(app).get('/attributions?speaker=darmaji').expect(200);
      assert.equal(plain.body.items[0].snippet, null);
    });

    test('bad search parameters are 400 naming the parameter', async () => {
      const date = (await request(app).get('/attributions?sort=date&limit=1').expect(200)).body.next_cursor;
      const cases: Array<[string, string, RegExp]> = [
        ['from=yesterday', 'invalid_value', /^from/],
        ['to=2024-13-01', 'invalid_value', /^to/],
        ['from=2024-06-10&to=2024-06-01', 'invalid_value', /^to/],
        ['sort=relevance', 'invalid_value', /^sort/],
        ['sort=random', 'invalid_value', /^sort/],
        ['fuzzy=', 'invalid_value', /^fuzzy/],
        ['organization=' + 'x'.repeat(201), 'invalid_value', /^organization/],
        ['role=a&role=b', 'invalid_type', /^role/],
        ['standing=famous', 'invalid_value', /^standing/],
        [`cursor=${date}`, 'invalid_cursor', /^cursor/],
        [`sort=relevance&q=lobster&cursor=${date}`, 'invalid_cursor', /^cursor/],
      ];
      for (const [query, code, message] of cases) {
        const res = await request(app).get(`/attributions?${query}`);
        assert.equal(res.status, 400, query);
        assert.equal(res.body.error.code, code, query);
        assert.match(res.body.error.message, message, query);
      }
    });

    test('GET /attributions/:id/chain: every hop has evidence in the stored text or the article', async () => {
      const ids = (await t.db.selectFrom('attributions').select('id').orderBy('id').execute()).map((r) => r.id);
      for (const id of ids) {
        const res = await request(app).get(`/attributions/${id}/chain`).expect(200);
        const article = await t.db.selectFrom('articles').select('text').where('id', '=', res.body.article.id).executeTakeFirstOrThrow();
        for (const hop of res.body.chain) {
          assert.notEqual(hop.evidence, 'none', `${id}: ${hop.name}`);
          for (const e of [hop.mention, hop.cue]) if (e) assert.equal(article.text.slice(e.start, e.end), e.text);
          if (hop.role !== 'speaker' || hop.entity_id) assert.ok(hop.match?.code, `${id}: ${hop.name}`);
        }
      }
      const long = await request(app).get(`/attributions/${at('04', 'lobster-ban')}/chain`).expect(200);
      assert.deepEqual(
        long.body.chain.map((h: { role: string; name: string }) => `${h.role}:${h.name}`),
        ['speaker:Hendra Kusumawardana', 'intermediary:Warta Nusantara', 'intermediary:Kabar Kota', 'intermediary:Jejak Laut', 'publisher:Berita Bahari'],
      );
    });

    test('GET /attributions/:id/variants: other reports, a diff against the earliest, disagreements', async () => {
      const res = await request(app).get(`/attributions/${at('02', 'lobster-ban')}/variants`).expect(200);
      assert.equal(res.body.earliest.id, at('01', 'lobster-ban'));
      assert.equal(res.body.earliest.publisher.name, 'Warta Nusantara');
      const got = new Map(res.body.items.map((v: { id: number }) => [v.id, v]));
      for (const f of ['01', '03', '04']) assert.ok(got.has(at(f, 'lobster-ban')), f);
      assert.equal(got.has(at('01', 'port-controls')), false);
      const kkp = got.get(at('03', 'lobster-ban')) as { disagreements: Array<{ field: string; detail: string }>; diff: { ops: Array<{ op: string; text: string }> } };
      assert.deepEqual(
        kkp.disagreements.map((d) => d.field),
        ['speaker'],
      );
      assert.match(kkp.disagreements[0]!.detail, /KKP.*Hendra Kusumawardana/);
      assert.ok(kkp.diff.ops.some((o) => o.op === 'delete' && /Tidak ada lagi izin baru/.test(o.text)));
      const rechained = got.get(at('04', 'lobster-ban')) as { disagreements: unknown[]; diff: { ops: Array<{ op: string; text: string }> } };
      assert.deepEqual(rechained.disagreements, []);
      assert.ok(rechained.diff.ops.some((o) => o.op === 'delete' && /^Mulai 1 Juli/.test(o.text)));
      assert.deepEqual(res.body.attribution.disagreements, []);
      assert.deepEqual(
        res.body.attribution.diff.ops.filter((o: { op: string }) => o.op !== 'equal'),
        [{ op: 'delete', text: 'akan' }],
      );
      const items = res.body.items as Array<{ jaccard: number; similarity: number }>;
      for (let i = 1; i < items.length; i++) assert.ok(items[i - 1]!.jaccard >= items[i]!.jaccard);

      // A reworded English re-report and its wire original.
      const en = await request(app).get(`/attributions/${at('06', 'patrol-alone')}/variants`).expect(200);
      assert.equal(en.body.earliest.id, at('05', 'patrol-alone'));
      assert.deepEqual(
        en.body.items.map((v: { id: number }) => v.id),
        [at('05', 'patrol-alone')],
      );
      const none = await request(app).get(`/attributions/${at('04', 'transition')}/variants`).expect(200);
      assert.deepEqual(none.body.items, []);
      assert.equal(none.body.earliest.id, at('04', 'transition'));
      for (const [path, status] of [
        ['/attributions/abc/variants', 400],
        ['/attributions/0/variants', 400],
        ['/attributions/999999/variants', 404],
        [`/attributions/${at('01', 'lobster-ban')}/variants?limit=0`, 400],
        [`/attributions/${at('01', 'lobster-ban')}/variants?colour=red`, 400],
      ] as const) {
        const r = await request(app).get(path);
        assert.equal(r.status, status, path);
        assert.ok(r.body.error.code, path);
      }
    });

    test('GET /claims/:id/timeline: first appearance and each re-report by date and outlet', async () => {
      const claim = at('01', 'lobster-ban');
      for (const member of ['01', '02', '03', '04']) {
        const res = await request(app).get(`/claims/${at(member, 'lobster-ban')}/timeline`).expect(200);
        assert.equal(res.body.claim_id, claim, member);
        assert.equal(res.body.requested_id, at(member, 'lobster-ban'));
        assert.deepEqual(
          res.body.items.map((i: { publisher: { name: string } }) => i.publisher.name),
          ['Warta Nusantara', 'Kabar Kota', 'Suara Pesisir', 'Berita Bahari'],
        );
        assert.equal(res.body.first_appearance.publisher.name, 'Warta Nusantara');
        assert.equal(res.body.items[0].first, true);
        assert.deepEqual(
          res.body.items[2].disagreements.map((d: { field: string }) => d.field),
          ['speaker'],
        );
      }
      // Rows: every member of the claim carries its id.
      const rows = await t.db.selectFrom('attributions').select('id').where('claim_id', '=', claim).orderBy('id').execute();
      assert.equal(rows.length, 4);
      for (const [path, status] of [
        ['/claims/x/timeline', 400],
        ['/claims/999999/timeline', 404],
        [`/claims/${claim}/timeline?limit=1`, 400],
      ] as const) assert.equal((await request(app).get(path)).status, status, path);
    });

    test('GET /outlets/:id/relayed: every relayed attribution, grouped by original speaker', async () => {
      const wn = await entityId(t, 'Warta Nusantara');
      const expected = new Map<string, number>();
      for (const a of fixtureAttributions.filter((x) => x.via.includes('Warta Nusantara'))) expected.set(a.speaker, (expected.get(a.speaker) ?? 0) + 1);
      const groups: Array<{ speaker: { name: string }; attribution_count: number; attributions: Item[] }> = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await request(app).get(`/outlets/${wn}/relayed?limit=2&per_speaker=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
        assert.equal(res.body.outlet.name, 'Warta Nusantara');
        groups.push(...res.body.items);
        cursor = res.body.next_cursor;
      } while (cursor);
      const kkpAsNamed = (name: string) => (name === 'KKP' ? 'Kementerian Kelautan dan Perikanan' : name);
      assert.deepEqual(new Map(groups.map((g) => [kkpAsNamed(g.speaker.name), g.attribution_count])), expected);
      for (const g of groups) {
        assert.equal(g.attributions.length, Math.min(2, g.attribution_count));
        for (const a of g.attributions) assert.equal(a.speaker!.name === g.speaker.name || a.speaker!.entity_id !== undefined, true);
      }
      const published = await request(app).get(`/outlets/${wn}/relayed?as=publisher`).expect(200);
      assert.equal(
        published.body.items.reduce((s: number, g: { attribution_count: number }) => s + g.attribution_count, 0),
        6,
      );
      for (const [path, status] of [
        ['/outlets/abc/relayed', 400],
        ['/outlets/999999/relayed', 404],
        [`/outlets/${wn}/relayed?as=speaker`, 400],
        [`/outlets/${wn}/relayed?per_speaker=0`, 400],
        [`/outlets/${wn}/relayed?cursor=nope`, 400],
        [`/outlets/${wn}/relayed?as=any&cursor=${(await request(app).get(`/outlets/${wn}/relayed?limit=1`)).body.next_cursor}`, 400],
      ] as const) {
        const r = await request(app).get(path);
        assert.equal(r.status, status, path);
        assert.ok(r.body.error.code, path);
      }
    });

    test('POST /speakers/:id/merge and /split: transactional, audited, no attribution lost', async () => {
      const rudi = await entityId(t, 'Rudi Hartanto');
      const darmaji = await entityId(t, 'Darmaji');
      const total = await count(t.db, 'attributions');
      const spoken = async (id: number) => (await request(app).get(`/speakers/${id}`).expect(200)).body.counts.attributions as number;
      const [rudiBefore, darmajiBefore] = [await spoken(rudi), await spoken(darmaji)];

      const merged = await request(app).post(`/speakers/${darmaji}/merge`).send({ into: rudi, reason: 'test: a deliberate wrong merge' }).expect(200);
      assert.equal(merged.body.moved.attributions, darmajiBefore);
      assert.equal(await spoken(rudi), rudiBefore + darmajiBefore);
      assert.equal(await count(t.db, 'attributions'), total);
      const source = await t.db.selectFrom('entities').select('merged_into_id').where('id', '=', darmaji).executeTakeFirstOrThrow();
      assert.equal(source.merged_into_id, rudi);
      const moved = await t.db.selectFrom('attributions').select(['speaker_match_code', 'speaker_match_reason']).where('id', 'in', merged.body.attribution_ids).execute();
      assert.ok(moved.every((m) => m.speaker_match_code === 'manual-merge' && m.speaker_match_reason === 'test: a deliberate wrong merge'));
      const audit = await t.db.selectFrom('entity_merges').selectAll().where('id', '=', merged.body.merge_id).executeTakeFirstOrThrow();
      assert.equal(audit.action, 'merge');
      assert.deepEqual((audit.details as { attributions: number[] }).attributions, merged.body.attribution_ids);
      // "Darmaji" is now an alias of the merged entity, so it finds all of its statements.
      const found = await request(app).get('/attributions?speaker=darmaji').expect(200);
      assert.equal(found.body.items.length, rudiBefore + darmajiBefore);
      assert.ok(found.body.items.every((i: Item) => i.speaker!.entity_id === rudi));

      // Errors leave everything as it was.
      const person = await entityId(t, 'Margaret Hollis');
      const outlet = await entityId(t, 'Meridian Wire');
      const bad: Array<[string, unknown, number, string, RegExp?]> = [
        [`/speakers/${rudi}/merge`, { into: rudi }, 400, 'invalid_value', /^into/],
        [`/speakers/${rudi}/merge`, { into: 999999 }, 404, 'not_found', /^into/],
        [`/speakers/999999/merge`, { into: rudi }, 404, 'not_found'],
        [`/speakers/${darmaji}/merge`, { into: person }, 409, 'already_merged'],
        [`/speakers/${person}/merge`, { into: darmaji }, 409, 'already_merged', /^into/],
        [`/speakers/${person}/merge`, { into: outlet }, 409, 'kind_mismatch', /^into/],
        [`/speakers/${person}/merge`, {}, 400, 'missing_field', /^into/],
        [`/speakers/${person}/merge`, { into: 'one' }, 400, 'invalid_type', /^into/],
        [`/speakers/${person}/merge`, { into: 1.5 }, 400, 'invalid_type', /^into/],
        [`/speakers/${person}/merge`, { into: outlet, by: 'me' }, 400, 'unknown_field', /by/],
        [`/speakers/${person}/merge`, { into: outlet, reason: ' ' }, 400, 'invalid_value', /^reason/],
        [`/speakers/abc/merge`, { into: outlet }, 400, 'invalid_value', /^id/],
        [`/speakers/${rudi}/split`, {}, 400, 'missing_field', /^aliases/],
        [`/speakers/${rudi}/split`, { aliases: 'Darmaji' }, 400, 'invalid_type', /^aliases/],
        [`/speakers/${rudi}/split`, { aliases: ['Nobody'] }, 400, 'invalid_value', /^aliases\.0/],
        [`/speakers/${rudi}/split`, { aliases: ['Rudi Hartanto'] }, 400, 'invalid_value', /^aliases\.0/],
        [`/speakers/${rudi}/split`, { attributions: [at('01', 'lobster-ban')] }, 400, 'invalid_value', /^attributions\.0/],
        [`/speakers/${rudi}/split`, { attributions: [-1] }, 400, 'invalid_value', /^attributions\.0/],
        [`/speakers/${darmaji}/split`, { aliases: ['Darmaji'] }, 409, 'already_merged'],
      ];
      const merges = await count(t.db, 'entity_merges');
      for (const [path, body, status, code, message] of bad) {
        const res = await request(app).post(path).send(body as object);
        assert.equal(res.status, status, `${path} ${JSON.stringify(body)}`);
        assert.equal(res.body.error.code, code, `${path} ${JSON.stringify(body)}`);
        if (message) assert.match(res.body.error.message, message, `${path} ${JSON.stringify(body)}`);
      }
      assert.equal((await request(app).post(`/speakers/${rudi}/merge`).set('content-type', 'text/plain').send('into=1')).status, 415);
      assert.equal((await request(app).post(`/speakers/${rudi}/merge`)).status, 400);
      assert.equal(await count(t.db, 'entity_merges'), merges);
      assert.equal(await spoken(rudi), rudiBefore + darmajiBefore);

      // Undo by a split: the alias takes Darmaji's attributions (named so) to a new entity.
      const split = await request(app).post(`/speakers/${rudi}/split`).send({ aliases: ['darmaji'], reason: 'test: undo' }).expect(201);
      assert.equal(split.body.moved.attributions, darmajiBefore);
      assert.equal(split.body.target.name, 'darmaji');
      const fresh = split.body.target.id;
      assert.equal(await spoken(rudi), rudiBefore);
      assert.equal(await spoken(fresh), darmajiBefore);
      assert.equal(await count(t.db, 'attributions'), total);
      const roles = await request(app).get(`/speakers/${fresh}`).expect(200);
      assert.equal(roles.body.roles[0].role, 'Ketua Himpunan Nelayan Pantura');
      assert.deepEqual(
        roles.body.merges.map((m: { action: string }) => m.action),
        ['split'],
      );
      // Split one attribution by id, with a name.
      const one = (await request(app).get(`/attributions?speaker=rudi`).expect(200)).body.items[0].id;
      const byId = await request(app).post(`/speakers/${rudi}/split`).send({ attributions: [one], name: 'Rudi Hartanto' }).expect(201);
      assert.equal(byId.body.moved.attributions, 1);
      const twin = await t.db.selectFrom('entities').select(['canonical_name', 'disambiguator']).where('id', '=', byId.body.target.id).executeTakeFirstOrThrow();
      assert.deepEqual([twin.canonical_name, twin.disambiguator], ['Rudi Hartanto', '#2']);
      assert.equal(await count(t.db, 'attributions'), total);
      assert.equal(await count(t.db, 'entity_merges'), merges + 2);
    });
  });

  describe(`the real extractor over the re-report fixture on ${target.name}`, () => {
    let t: TestDatabase;
    let app: App;
    before(async () => {
      t = await target.open();
      app = createApp({ db: t.db, databaseKind: t.kind, extract });
    });
    after(() => t.close());

    // Extraction quality is scored elsewhere (src/eval); here every endpoint must cope with
    // whatever the extractor produces this week, and the chains must point into the text.
    test('ingest, search and audit every attribution without an error', async () => {
      await ingestAll(app);
      const ids = (await t.db.selectFrom('attributions').select('id').orderBy('id').execute()).map((r) => r.id);
      assert.ok(ids.length > 0);
      for (const id of ids) {
        const chain = await request(app).get(`/attributions/${id}/chain`).expect(200);
        const article = await t.db.selectFrom('articles').select('text').where('id', '=', chain.body.article.id).executeTakeFirstOrThrow();
        for (const hop of chain.body.chain) for (const e of [hop.mention, hop.cue]) if (e) assert.equal(article.text.slice(e.start, e.end), e.text);
        await request(app).get(`/attributions/${id}/variants`).expect(200);
        await request(app).get(`/claims/${id}/timeline`).expect(200);
      }
      const speakers = (await request(app).get('/speakers?limit=100').expect(200)).body.items as Array<{ id: number }>;
      for (const s of speakers) await request(app).get(`/speakers/${s.id}`).expect(200);
      await request(app).get('/attributions?q=lobster&fuzzy=benih%20lobster&sort=relevance').expect(200);
    });
  });
}
