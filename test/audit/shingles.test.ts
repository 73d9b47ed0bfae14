import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BANDS,
  PERMUTATIONS,
  bandKeys,
  estimateJaccard,
  exactJaccard,
  fingerprint,
  fnv1a32,
  minhash,
  normalizeForShingles,
  sharesBand,
  shingles,
} from '../../src/audit/shingles.ts';

test('fnv1a32: standard test vectors', () => {
  const cases: [string, number][] = [
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ];
  for (const [input, expected] of cases) assert.equal(fnv1a32(input), expected, input);
});

test('normalizeForShingles: case, accents, punctuation', () => {
  const cases: [string, string][] = [
    ['“Kami TIDAK mundur,” kata Hendra.', 'kami tidak mundur kata hendra'],
    ['Café — déjà vu!', 'cafe deja vu'],
    ["don't", 'dont'],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeForShingles(input), expected, input);
});

test('shingles: word 3-grams, distinct and sorted; short and empty texts', () => {
  assert.equal(shingles('a b c d').length, 2);
  assert.equal(shingles('a b c a b c').length, 3, 'repeated 3-grams count once');
  assert.equal(shingles('dua kata').length, 1);
  assert.equal(shingles(' … ').length, 0);
  const s = shingles('satu dua tiga empat lima enam');
  for (let i = 1; i < s.length; i++) assert.ok(s[i - 1]! < s[i]!);
  assert.deepEqual(shingles('Satu, dua; TIGA!'), shingles('satu dua tiga'));
});

test('minhash and band keys: fixed length, stable, empty text has no keys', () => {
  const fp = fingerprint('Mulai 1 Juli, ekspor benih lobster kami hentikan sepenuhnya.');
  assert.equal(fp.signature.length, PERMUTATIONS);
  assert.equal(fp.bands.length, BANDS);
  for (const [k, key] of fp.bands.entries()) assert.match(key, new RegExp(`^b${k}:[0-9a-f]{8}$`));
  assert.deepEqual(fingerprint('Mulai 1 Juli, ekspor benih lobster kami hentikan sepenuhnya.').bands, fp.bands, 'deterministic');
  assert.deepEqual(bandKeys(minhash(shingles(''))), []);
  assert.throws(() => estimateJaccard(new Uint32Array(2), new Uint32Array(3)), RangeError);
});

// Re-reported wordings (one or two words changed, shingle Jaccard ≥ 0.7) and unrelated statements.
// Pairs near J = 0.5 share a band only about two times in three: that is what the exact ranking
// over trigram similarity is for, not the band index.
const nearDuplicates: [string, string][] = [
  [
    'Mulai 1 Juli, ekspor benih lobster kami hentikan sepenuhnya. Tidak ada lagi izin baru yang akan kami terbitkan',
    'Mulai 1 Juli, ekspor benih lobster kami hentikan sepenuhnya. Tidak ada lagi izin baru yang kami terbitkan',
  ],
  [
    'pengawasan di pelabuhan-pelabuhan ekspor akan diperketat dengan melibatkan petugas bea cukai dan kepolisian',
    'pengawasan di pelabuhan-pelabuhan ekspor akan diperketat dengan melibatkan petugas bea cukai serta kepolisian',
  ],
  [
    'No country can patrol these waters alone. We will share our vessel tracking data with every member state from next month',
    'No country can patrol these waters alone. We will share our vessel tracking data with each member state from next month',
  ],
];
const unrelated: string[] = [
  'Mulai 1 Juli, ekspor benih lobster kami hentikan sepenuhnya. Tidak ada lagi izin baru yang akan kami terbitkan',
  'No country can patrol these waters alone. We will share our vessel tracking data with every member state from next month',
  'Harga cabai rawit di pasar tradisional naik dua kali lipat dalam sepekan terakhir akibat hujan deras',
  'The central bank left its benchmark rate unchanged and said inflation would return to target next year',
  'Pasukan Kedirgantaraan Rusia sama sekali tidak dikerahkan di Aleppo',
];

test('near-duplicates share a band; the estimate tracks exact Jaccard', () => {
  for (const [a, b] of nearDuplicates) {
    const fa = fingerprint(a);
    const fb = fingerprint(b);
    assert.ok(sharesBand(fa, fb), `${a} / ${b}`);
    const exact = exactJaccard(fa.shingles, fb.shingles);
    assert.ok(exact >= 0.7, `exact ${exact}`);
    assert.ok(Math.abs(estimateJaccard(fa.signature, fb.signature) - exact) < 0.2);
  }
});

test('unrelated statements share no band', () => {
  const fps = unrelated.map(fingerprint);
  for (let i = 0; i < fps.length; i++) {
    for (let j = i + 1; j < fps.length; j++) {
      assert.equal(sharesBand(fps[i]!, fps[j]!), false, `${unrelated[i]} / ${unrelated[j]}`);
      assert.equal(exactJaccard(fps[i]!.shingles, fps[j]!.shingles), 0);
    }
  }
});

test('banding over many generated pairs: one-word edits found, unrelated pairs not', () => {
  // Deterministic pseudo-random sentences of 30 words from a 400-word vocabulary.
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const word = () => `w${next() % 400}`;
  const sentence = () => Array.from({ length: 30 }, word);
  let found = 0;
  let falsePositives = 0;
  const pairs = 300;
  for (let p = 0; p < pairs; p++) {
    const a = sentence();
    const b = [...a];
    b[5 + (next() % 20)] = 'changed'; // one word replaced: Jaccard about 25/31
    if (sharesBand(fingerprint(a.join(' ')), fingerprint(b.join(' ')))) found++;
    if (sharesBand(fingerprint(a.join(' ')), fingerprint(sentence().join(' ')))) falsePositives++;
  }
  assert.ok(found / pairs >= 0.95, `recall ${found}/${pairs}`);
  assert.equal(falsePositives, 0);
});
