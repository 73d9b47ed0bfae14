// Pure helpers for the benchmark: percentiles, throughput, a seeded random source.

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

/**
 * The q-th percentile (0–100) by linear interpolation between the closest ranks of the sorted
 * sample (what numpy calls "linear"), so p50 of [1, 2, 3, 4] is 2.5. NaN for an empty sample.
 */
export function percentile(sorted: readonly number[], q: number): number {
  if (!(q >= 0 && q <= 100)) throw new RangeError(`percentile must be within 0–100, got ${q}`);
  if (sorted.length === 0) return Number.NaN;
  const rank = (q / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

/** Mean and percentiles of a sample of milliseconds; null when there is nothing to summarise. */
export function summarize(sample: readonly number[]): LatencySummary | null {
  if (sample.length === 0) return null;
  const sorted = [...sample].sort((a, b) => a - b);
  return {
    count: sorted.length,
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

export interface Throughput {
  articles: number;
  bytes: number;
  seconds: number;
  /** KB = 1024 bytes of UTF-8 text; null when no time was measured. */
  kbPerSecond: number | null;
  articlesPerSecond: number | null;
}

export function throughput(articles: number, bytes: number, seconds: number): Throughput {
  const ok = seconds > 0;
  return {
    articles,
    bytes,
    seconds,
    kbPerSecond: ok ? bytes / 1024 / seconds : null,
    articlesPerSecond: ok ? articles / seconds : null,
  };
}

/** A seeded generator of floats in [0, 1) (mulberry32): the same seed gives the same query mix. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick from an empty list');
  return items[Math.floor(random() * items.length)]!;
}

/**
 * A plausible typo in the longest word of a name: two neighbouring inner letters swapped
 * ("Konashenkov" → "Konsahenkov"), or a doubled letter dropped when it has one. Words shorter
 * than four letters are left alone; a name without such a word comes back unchanged.
 */
export function misspell(name: string, random: () => number): string {
  const words = name.split(' ');
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > words[longest]!.length) longest = i;
  });
  const word = words[longest]!;
  if (word.length < 4) return name;
  const doubled = [...word].findIndex((c, i) => i > 0 && c === word[i - 1] && /\p{L}/u.test(c));
  let typo: string;
  if (doubled > 0) {
    typo = word.slice(0, doubled) + word.slice(doubled + 1);
  } else {
    // Inner letters only: the first and last letters are the ones people get right.
    const i = 1 + Math.floor(random() * (word.length - 3));
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    typo = swapped === word ? word.slice(0, i) + word.slice(i + 1) : swapped;
  }
  return words.map((w, i) => (i === longest ? typo : w)).join(' ');
}
