// Keeps the re-report fixture honest: every quoted string is in its article, and the pure
// audit building blocks (matching, diff, fingerprints) behave on it as the variants audit expects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diffWords } from '../../src/audit/diff.ts';
import { fingerprint, sharesBand } from '../../src/audit/shingles.ts';
import { matchEntity, type Candidate, type EntityKind } from '../../src/entities/match.ts';
import { rereports, type FixtureAttribution } from '../support/rereports.ts';

const dir = new URL('../fixtures/rereports/', import.meta.url);

type Expected = FixtureAttribution;

const index = rereports;
const text = (file: string) => readFileSync(new URL(file, dir), 'utf8');
const contentOf = (a: Expected) => (Array.isArray(a.content) ? a.content.join(' ') : a.content);

test('fixture: articles, dates, urls and quoted strings', () => {
  assert.ok(index.articles.length >= 8);
  assert.deepEqual(new Set(index.articles.map((a) => a.lang)), new Set(['en', 'id']));
  const dates = index.articles.map((a) => Date.parse(a.published_at));
  assert.equal(new Set(dates).size, dates.length, 'distinct dates');
  for (const a of index.articles) {
    assert.match(new URL(a.url).hostname, /(^|\.)example\.org$/);
    const body = text(a.file);
    const sentences = body.split(/(?<=[.!?]["”]?)\s+/).length;
    assert.ok(sentences >= 4 && sentences <= 12, `${a.file}: ${sentences} sentences`);
    for (const at of a.attributions) {
      for (const c of Array.isArray(at.content) ? at.content : [at.content]) assert.ok(body.includes(c), `${a.file}: ${c}`);
      assert.ok(body.includes(at.mention), `${a.file}: mention ${at.mention}`);
      assert.ok(body.includes(at.cue), `${a.file}: cue ${at.cue}`);
      assert.ok(!at.via.includes(a.publisher), `${a.file}: the publisher is never in via`);
      assert.ok(index.statements[at.statement], `${a.file}: statement ${at.statement}`);
    }
    for (const r of a.rereports) assert.ok(Date.parse(index.articles.find((x) => x.file === r)!.published_at) < Date.parse(a.published_at));
  }
});

test('fixture: each statement first appears in its earliest report', () => {
  for (const [id, s] of Object.entries(index.statements)) {
    const reports = index.articles.filter((a) => a.attributions.some((at) => at.statement === id));
    assert.ok(reports.length > 0, id);
    const earliest = reports.reduce((x, y) => (Date.parse(x.published_at) <= Date.parse(y.published_at) ? x : y));
    assert.equal(earliest.file, s.first, id);
  }
});

test('fixture: the required re-report shapes are present', () => {
  const all = index.articles.flatMap((a) => a.attributions);
  assert.ok(all.some((at) => at.speaker_changed), 'a changed speaker');
  assert.ok(all.some((at) => at.via.length >= 3), 'a longer chain');
  assert.ok(all.some((at) => at.translation), 'a translation');
  assert.ok(
    all.some((at) => at.via.includes(at.speaker) === false && index.entities.some((e) => e.kind === 'person' && at.via.includes(e.name))),
    'a quote nested inside a person’s quote',
  );
});

const candidates: Candidate[] = index.entities.map((e, k) => ({ id: `e${k}`, ...e }));
const idOf = (name: string) => candidates.find((c) => c.name === name)!.id;

test('fixture: names as written resolve to the fixture entities', () => {
  const cases: [string, EntityKind, 'en' | 'id', string][] = [
    ['Hendra', 'person', 'id', 'Hendra Kusumawardana'],
    ['Hendra Kusumawardana', 'person', 'en', 'Hendra Kusumawardana'],
    ['Ms Hollis', 'person', 'en', 'Margaret Hollis'],
    ['Ketua Komisi Margaret Hollis', 'person', 'id', 'Margaret Hollis'],
    ['Director general Sari Wulandari', 'person', 'en', 'Sari Wulandari'],
    ['KKP', 'organization', 'id', 'Kementerian Kelautan dan Perikanan'],
    ['WARTA NUSANTARA', 'outlet', 'id', 'Warta Nusantara'],
    ['Warta Nusantara News Agency', 'outlet', 'en', 'Warta Nusantara'],
    ['Harbour Times', 'outlet', 'en', 'The Harbour Times'],
  ];
  for (const [name, kind, lang, expected] of cases) {
    const got = matchEntity({ name, kind, lang }, candidates);
    assert.equal(got.match, idOf(expected), `${name}: ${got.reason}`);
  }
});

test('fixture: same-language re-reports of a statement are found by band keys; other statements are not', () => {
  const reports = index.articles.flatMap((a) => a.attributions.map((at) => ({ a, at, fp: fingerprint(contentOf(at)) })));
  let pairs = 0;
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const x = reports[i]!;
      const y = reports[j]!;
      const shared = sharesBand(x.fp, y.fp);
      if (x.at.statement !== y.at.statement) {
        assert.equal(shared, false, `${x.at.statement} / ${y.at.statement}`);
        continue;
      }
      // Close rewordings must be proposed; translations and paraphrases are not expected to be.
      if (x.a.lang === y.a.lang && diffWords(contentOf(x.at), contentOf(y.at)).similarity >= 0.9) {
        pairs++;
        assert.ok(shared, `${x.a.file} / ${y.a.file}: ${x.at.statement}`);
      }
    }
  }
  assert.ok(pairs >= 3, `${pairs} close pairs`);
});
