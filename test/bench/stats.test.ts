import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { misspell, percentile, seededRandom, summarize, throughput } from '../../src/bench/stats.ts';

describe('bench stats: percentile by linear interpolation', () => {
  const cases: [number[], number, number, string][] = [
    [[1, 2, 3, 4], 50, 2.5, 'between the two middle values'],
    [[1, 2, 3, 4, 5], 50, 3, 'the middle value'],
    [[10], 99, 10, 'one value is every percentile'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0, 1, 'p0 is the minimum'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 100, 10, 'p100 is the maximum'],
    [[0, 100], 95, 95, 'interpolated along the range'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10, 'exact rank'],
  ];
  for (const [sorted, q, expected, why] of cases) {
    it(`p${q} of [${sorted.join(', ')}] = ${expected} (${why})`, () => assert.equal(percentile(sorted, q), expected));
  }

  it('is NaN on an empty sample and refuses a percentile outside 0–100', () => {
    assert.ok(Number.isNaN(percentile([], 50)));
    assert.throws(() => percentile([1], 101), RangeError);
    assert.throws(() => percentile([1], -1), RangeError);
  });
});

describe('bench stats: summarize', () => {
  it('sorts a copy and reports mean, percentiles and range', () => {
    const sample = [5, 1, 4, 2, 3];
    assert.deepEqual(summarize(sample), { count: 5, mean: 3, p50: 3, p95: 4.8, p99: 4.96, min: 1, max: 5 });
    assert.deepEqual(sample, [5, 1, 4, 2, 3], 'the sample is left as it was');
  });

  it('is null for no sample', () => assert.equal(summarize([]), null));
});

describe('bench stats: throughput', () => {
  it('counts KB as 1024 bytes', () => {
    assert.deepEqual(throughput(10, 2048, 2), { articles: 10, bytes: 2048, seconds: 2, kbPerSecond: 1, articlesPerSecond: 5 });
  });
  it('has no rate without time', () => {
    const t = throughput(0, 0, 0);
    assert.equal(t.kbPerSecond, null);
    assert.equal(t.articlesPerSecond, null);
  });
});

describe('bench stats: seeded random', () => {
  it('repeats itself for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    assert.deepEqual(draw(42), draw(42));
    assert.notDeepEqual(draw(42), draw(43));
    for (const x of draw(7)) assert.ok(x >= 0 && x < 1);
  });
});

describe('bench stats: misspell', () => {
  it('changes only the longest word, keeping its first and last letters', () => {
    const random = seededRandom(1);
    for (const name of ['Igor Konashenkov', 'Joko Widodo', 'Hillary Clinton', 'Donald J. Trump']) {
      const typo = misspell(name, random);
      assert.notEqual(typo, name, name);
      const [before, after] = [name.split(' '), typo.split(' ')];
      assert.equal(after.length, before.length);
      const changed = before.map((w, i) => w !== after[i]);
      assert.equal(changed.filter(Boolean).length, 1, `${name} → ${typo}`);
      const i = changed.indexOf(true);
      const longest = Math.max(...before.map((w) => w.length));
      assert.equal(before[i]!.length, longest);
      assert.equal(after[i]![0], before[i]![0]);
      assert.equal(after[i]!.at(-1), before[i]!.at(-1));
    }
  });

  it('drops one of a doubled letter', () => assert.equal(misspell('Hillary', seededRandom(1)), 'Hilary'));

  it('leaves names without a word of four letters alone', () => assert.equal(misspell('Xi Li', seededRandom(1)), 'Xi Li'));
});
