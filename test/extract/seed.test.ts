import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract } from '../../src/extract/pipeline.ts';

// The first real article, as annotated by hand in ../shared/corpus/seed/.
const seedDir = new URL('../../../shared/corpus/seed/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('russia-beyond-aleppo-mosul.expected.json', seedDir), 'utf8')) as {
  publisher: string;
  speakers: { name: string; role?: string; title?: string; organization?: string; kind: string }[];
  attributions: { kind: string; content: string; speaker: string; mention: string; cue: string; via: string[] }[];
  not_speakers: string[];
};
const text = readFileSync(new URL('russia-beyond-aleppo-mosul.id.txt', seedDir), 'utf8');
const result = extract({ id: 'seed', text, publisher: expected.publisher });

test('the seed article is read as Indonesian', () => {
  assert.equal(result.lang, 'id');
});

test('the seed yields exactly its annotated attributions', () => {
  const got = result.attributions.map((a) => a.content.map((c) => c.text).join(' '));
  assert.deepEqual(got.sort(), expected.attributions.map((a) => a.content).sort());
});

for (const gold of expected.attributions) {
  test(`${gold.speaker}: "${gold.content.slice(0, 50)}…"`, () => {
    const a = result.attributions.find((x) => x.content.map((c) => c.text).join(' ') === gold.content);
    assert.ok(a, 'attribution found');
    assert.equal(a.kind, gold.kind);
    assert.equal(a.speaker?.name, gold.speaker);
    assert.equal(a.speaker?.mention?.text, gold.mention);
    assert.ok(a.cue?.text.toLowerCase().includes(gold.cue.toLowerCase()), `cue "${a.cue?.text}" holds "${gold.cue}"`);
    assert.deepEqual(a.via.map((h) => h.name), gold.via);
    for (const c of a.content) assert.equal(text.slice(c.start, c.end), c.text, 'offsets index the input');
    assert.ok(a.rule.length > 0 && a.confidence > 0 && a.confidence <= 1);
  });
}

test('speakers carry the title, role and organisation the article gives', () => {
  for (const person of expected.speakers.filter((s) => s.kind === 'person')) {
    const a = result.attributions.find((x) => x.speaker?.name === person.name);
    assert.ok(a, person.name);
    assert.equal(a.speaker?.type, 'person');
    assert.equal(a.speaker?.role, person.role ?? null);
    assert.equal(a.speaker?.title, person.title ?? null);
    assert.equal(a.speaker?.organization, person.organization ?? null);
  }
  const russia = result.attributions.find((x) => x.speaker?.name === 'Rusia');
  assert.equal(russia?.speaker?.type, 'organization');
});

test('photo credits, reuse notices and the subject of the story are not speakers', () => {
  const names = new Set(result.attributions.flatMap((a) => [a.speaker?.name, ...a.via.map((h) => h.name)]));
  for (const name of expected.not_speakers) assert.ok(!names.has(name), name);
});
