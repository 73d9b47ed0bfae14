// Near-duplicate fingerprints for finding the same statement in other articles.
//
// Design: comparing a statement with every stored statement (trigram similarity over the
// whole table) does not scale to millions of rows, and a GIN trigram index still returns
// large candidate sets for common words. Instead each statement gets a MinHash signature
// cut into LSH bands; the database stores one row per (band key, attribution) in a table
// with a b-tree index on the key. Finding variants is then an equality join on band keys —
// an index lookup per band, independent of table size — and only the handful of candidates
// that share a band are ranked exactly (trigram similarity or exactJaccard on shingles).
// With BANDS × ROWS = 16 × 4 the chance that two statements share a band is
// 1 − (1 − J⁴)¹⁶ for shingle Jaccard J: ≈ 0.99 at J = 0.8, ≈ 0.64 at J = 0.5, ≈ 0.02 at J = 0.2.
// Everything here is deterministic (fixed seeds), so keys computed today match keys stored
// years ago; changing a constant means recomputing every stored key.

import { normalizeName } from '../entities/names.ts';

export const SHINGLE_WORDS = 3;
export const BANDS = 16;
export const ROWS_PER_BAND = 4;
export const PERMUTATIONS = BANDS * ROWS_PER_BAND;

/** Text folded as names are (src/entities/names.ts): lower case, no accents, punctuation as spaces. */
export const normalizeForShingles = normalizeName;

const encoder = new TextEncoder();

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a cheap, well-mixing bijection on 32-bit integers. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Distinct hashed word k-gram shingles, sorted. A text shorter than k words gives one
 * shingle of all its words; an empty text gives none.
 */
export function shingles(text: string, k: number = SHINGLE_WORDS): Uint32Array {
  const words = normalizeForShingles(text).split(' ').filter((w) => w !== '');
  if (words.length === 0) return new Uint32Array(0);
  const set = new Set<number>();
  if (words.length < k) set.add(fnv1a32(words.join(' ')));
  for (let i = 0; i + k <= words.length; i++) set.add(fnv1a32(words.slice(i, i + k).join(' ')));
  return Uint32Array.from(set).sort();
}

// One fixed seed per permutation; permutation i maps a shingle h to fmix32(h ^ SEEDS[i]).
const SEEDS: Uint32Array = Uint32Array.from({ length: PERMUTATIONS }, (_, i) => fmix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** MinHash signature: for each permutation, the least permuted shingle. All-0xffffffff for no shingles. */
export function minhash(shingleSet: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const h of shingleSet) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const p = fmix32(h ^ SEEDS[i]!);
      if (p < sig[i]!) sig[i] = p;
    }
  }
  return sig;
}

/** Fraction of positions where two signatures agree: an unbiased estimate of shingle Jaccard. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length: ${a.length} vs ${b.length}`);
  if (a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Exact Jaccard of two sorted shingle sets, for ranking the candidates the bands found. */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/**
 * LSH band keys such as "b3:9f1c02ab": the band's index and a hash of its rows. Two texts
 * are candidate variants when they share any key. An empty text has no keys (otherwise all
 * empty texts would collide).
 */
export function bandKeys(signature: Uint32Array): string[] {
  if (signature.length !== PERMUTATIONS) throw new RangeError(`expected ${PERMUTATIONS} values, got ${signature.length}`);
  if (signature.every((v) => v === 0xffffffff)) return [];
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    const rows = Array.from(signature.subarray(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND), hex8).join('');
    keys.push(`b${band}:${hex8(fnv1a32(rows))}`);
  }
  return keys;
}

export interface Fingerprint {
  shingles: Uint32Array;
  signature: Uint32Array;
  bands: string[];
}

/** Everything the variants index needs for one statement. */
export function fingerprint(text: string): Fingerprint {
  const s = shingles(text);
  const signature = minhash(s);
  return { shingles: s, signature, bands: bandKeys(signature) };
}

/** Do two fingerprints share at least one band key (i.e. would the index propose them)? */
export function sharesBand(a: Fingerprint, b: Fingerprint): boolean {
  const keys = new Set(a.bands);
  return b.bands.some((k) => keys.has(k));
}
