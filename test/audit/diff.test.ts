import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffWords, renderDiff, tokenize } from '../../src/audit/diff.ts';

test('tokenize: words and punctuation, with offsets', () => {
  const cases: [string, string[]][] = [
    ['"Kami tidak mundur," katanya.', ['"', 'Kami', 'tidak', 'mundur', ',', '"', 'katanya', '.']],
    ['AS-Rusia don’t 1.500 ton', ['AS-Rusia', 'don’t', '1.500', 'ton']],
    ['', []],
  ];
  for (const [input, expected] of cases) {
    const tokens = tokenize(input);
    assert.deepEqual(tokens.map((t) => t.text), expected, input);
    for (const t of tokens) assert.equal(input.slice(t.start, t.end), t.text);
  }
});

type Case = [label: string, a: string, b: string, rendered: string, similarity: number];
const cases: Case[] = [
  ['identical', 'Ekspor benih lobster dihentikan.', 'Ekspor benih lobster dihentikan.', 'Ekspor benih lobster dihentikan.', 1],
  ['case and quote style do not count', '“Kami siap,” katanya.', '"kami siap," katanya.', '“Kami siap,” katanya.', 1],
  [
    'Indonesian: one word replaced',
    'Pengawasan di pelabuhan akan diperketat mulai bulan depan.',
    'Pengawasan di pelabuhan akan diperkuat mulai bulan depan.',
    'Pengawasan di pelabuhan akan [-diperketat-] {+diperkuat+} mulai bulan depan.',
    16 / 18,
  ],
  [
    'Indonesian: words dropped and added',
    'Mulai 1 Juli, ekspor benih lobster kami hentikan sepenuhnya.',
    'Mulai Juli, ekspor benih lobster dihentikan sepenuhnya oleh pemerintah.',
    'Mulai [-1-] Juli, ekspor benih lobster [-kami hentikan-] {+dihentikan+} sepenuhnya {+oleh pemerintah+} .',
    (2 * 8) / (11 + 11),
  ],
  [
    'English: re-report rewords the clause',
    'No country can patrol these waters alone, and we will not pretend otherwise.',
    'No single country can patrol these waters alone, she said.',
    'No {+single+} country can patrol these waters alone, [-and we will not pretend otherwise-] {+she said+} .',
    (2 * 9) / (15 + 12),
  ],
  ['nothing in common', 'Halo dunia', 'Goodbye world', '[-Halo dunia-] {+Goodbye world+}', 0],
  ['both empty', '', '', '', 1],
  ['insert into empty', '', 'Baru', '{+Baru+}', 0],
];

test('diffWords: runs and similarity', () => {
  for (const [label, a, b, rendered, similarity] of cases) {
    const d = diffWords(a, b);
    assert.equal(renderDiff(d.ops), rendered, label);
    assert.ok(Math.abs(d.similarity - similarity) < 1e-9, `${label}: ${d.similarity} vs ${similarity}`);
  }
});

test('diffWords: runs are merged and rebuild both wordings', () => {
  const a = 'Menurut Hendra, pengawasan di pelabuhan akan diperketat, katanya kepada wartawan.';
  const b = 'Hendra mengatakan bahwa pengawasan di semua pelabuhan akan diperketat.';
  const { ops } = diffWords(a, b);
  for (let k = 1; k < ops.length; k++) assert.notEqual(ops[k]!.op, ops[k - 1]!.op, 'runs are merged');
  const words = (s: string) => tokenize(s).map((t) => t.text).join(' ');
  const side = (keep: string) => ops.filter((o) => o.op === 'equal' || o.op === keep).map((o) => words(o.text)).join(' ');
  assert.equal(side('delete'), words(a));
  assert.equal(side('insert'), words(b));
});

test('diffWords: case-sensitive option', () => {
  assert.equal(diffWords('Rusia', 'rusia', { caseSensitive: true }).similarity, 0);
  assert.equal(diffWords('Rusia', 'rusia').similarity, 1);
});

test('diffWords: long inputs with few edits stay fast', () => {
  const words = Array.from({ length: 5000 }, (_, k) => `kata${k % 97}`);
  const a = words.join(' ');
  const b = words.map((w, k) => (k % 1000 === 500 ? 'ganti' : w)).join(' ');
  const started = performance.now();
  const d = diffWords(a, b);
  assert.equal(d.equalTokens, 4995);
  assert.ok(performance.now() - started < 2000);
});
