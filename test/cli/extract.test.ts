import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

// The extract contract, as others call it: `quotetrail extract --jsonl` and `quotetrail extract FILE`.
const bin = new URL('../../bin/quotetrail.js', import.meta.url).pathname;
const seedLine = readFileSync(new URL('../../../shared/corpus/seed/seed.jsonl', import.meta.url), 'utf8').split('\n')[0]!;

test('--jsonl answers one line per input line, in order, with the contract fields', () => {
  const seed = JSON.parse(seedLine) as { id: string; text: string; lang: string };
  const input = [
    JSON.stringify({ id: seed.id, text: seed.text, lang: seed.lang }),
    JSON.stringify({ id: 'en-1', text: '"We will not withdraw," the minister said.' }),
  ].join('\n');
  const out = execFileSync(process.execPath, [bin, 'extract', '--jsonl'], { input, encoding: 'utf8' }).trim().split('\n');
  assert.equal(out.length, 2);
  const [first, second] = out.map((line) => JSON.parse(line));
  assert.equal(first.id, seed.id);
  assert.equal(first.lang, 'id');
  assert.equal(first.attributions.length, 7);
  for (const a of first.attributions) {
    assert.ok(['direct', 'mixed', 'indirect'].includes(a.kind));
    for (const c of a.content) assert.equal(seed.text.slice(c.start, c.end), c.text);
    assert.ok(Array.isArray(a.via));
    assert.equal(typeof a.confidence, 'number');
  }
  assert.equal(second.id, 'en-1');
  assert.equal(second.lang, 'en');
  assert.equal(second.attributions[0].speaker.mention.text, 'the minister');
});

test('a bad line yields an error line in its place and a non-zero exit, the others still answer', () => {
  const input = ['{not json', JSON.stringify({ id: 'ok', text: 'Menurut polisi, jalan itu ditutup sejak pagi.' }), JSON.stringify({ id: 'no-text' })].join('\n');
  const run = spawnSync(process.execPath, [bin, 'extract', '--jsonl'], { input, encoding: 'utf8' });
  assert.equal(run.status, 1);
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.ok(lines[0].error);
  assert.equal(lines[1].id, 'ok');
  assert.equal(lines[1].attributions.length, 1);
  assert.match(lines[2].error, /text/);
});

test('extract FILE prints one object per file; an unknown language is refused', () => {
  const file = new URL('../fixtures/extract/port-strike.en.txt', import.meta.url).pathname;
  const out = JSON.parse(execFileSync(process.execPath, [bin, 'extract', file], { encoding: 'utf8' }));
  assert.equal(out.id, 'port-strike.en.txt');
  assert.equal(out.attributions.length, 7);
  const bad = spawnSync(process.execPath, [bin, 'extract', '--lang', 'fr', file], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown --lang/);
});
