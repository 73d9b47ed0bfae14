import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { takeProportionally } from '../../src/bench/corpus.ts';
import { scratchDatabaseName, withDatabase } from '../../src/bench/database.ts';
import { kindHasMaterial, planQueries, QUERY_KINDS, searchableWords, type QueryPool } from '../../src/bench/queries.ts';
import { seededRandom } from '../../src/bench/stats.ts';
import { fmt, formatTable } from '../../src/bench/table.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('bench corpus: --articles N split over the corpora', () => {
  const cases: [number[], number | null, number[], string][] = [
    [[840, 408], null, [840, 408], 'no limit: everything'],
    [[840, 408], 5000, [840, 408], 'a limit above the total: everything'],
    [[840, 408], 100, [67, 33], 'in proportion to the sizes, largest remainder'],
    [[840, 408], 10, [7, 3], '6.7 and 3.3'],
    [[840, 408], 2, [1, 1], 'one each before the larger gets more'],
    [[840, 408], 1, [1, 0], 'a single article from the larger'],
    [[3, 0], 2, [2, 0], 'an empty corpus gets nothing'],
  ];
  for (const [sizes, limit, expected, why] of cases) {
    it(`${sizes.join('+')} limited to ${limit}: ${expected.join('+')} (${why})`, () => {
      const taken = takeProportionally(sizes.map(range), limit);
      assert.deepEqual(taken.map((c) => c.length), expected);
      taken.forEach((c, i) => assert.deepEqual(c, range(sizes[i]!).slice(0, c.length), 'the first articles of each'));
    });
  }
});

describe('bench database: scratch database on the server', () => {
  it('names it after the process and keeps the rest of the URL', () => {
    assert.equal(scratchDatabaseName(123), 'quotetrail_bench_123');
    assert.equal(withDatabase('postgres://postgres@127.0.0.1:5432/test', 'quotetrail_bench_1'), 'postgres://postgres@127.0.0.1:5432/quotetrail_bench_1');
    assert.equal(withDatabase('postgres://u:p@localhost/test?sslmode=disable', 'x'), 'postgres://u:p@localhost/x?sslmode=disable');
  });
});

describe('bench queries: the seeded mix', () => {
  const pool: QueryPool = {
    speakers: ['Donald Trump', 'Hillary Clinton', 'Joko Widodo'],
    vias: ['Reuters'],
    publishers: ['Kompas'],
    words: ['economy', 'pemerintah'],
    langs: ['en', 'id'],
    cursorPaths: ['/attributions?lang=en&cursor=abc'],
  };

  it('repeats itself for the same seed', () => {
    assert.deepEqual(planQueries(QUERY_KINDS, pool, 50, seededRandom(3)), planQueries(QUERY_KINDS, pool, 50, seededRandom(3)));
  });

  it('draws only the kinds it is given, and every kind of them over a long mix', () => {
    const plan = planQueries(['speaker', 'q'], pool, 200, seededRandom(1));
    assert.deepEqual([...new Set(plan.map((p) => p.kind))].sort(), ['q', 'speaker']);
    const all = new Set(planQueries(QUERY_KINDS, pool, 500, seededRandom(1)).map((p) => p.kind));
    assert.equal(all.size, QUERY_KINDS.length);
  });

  it('builds paths on the documented parameters, URL-encoded', () => {
    for (const { kind, path } of planQueries(QUERY_KINDS, pool, 300, seededRandom(9))) {
      const url = new URL(path, 'http://127.0.0.1');
      const params = [...url.searchParams.keys()].sort().join(',');
      const expected: Record<string, RegExp> = {
        speaker: /^speaker$/,
        'speaker-misspelt': /^speaker$/,
        q: /^q$/,
        via: /^via$/,
        publisher: /^publisher$/,
        lang: /^lang$/,
        kind: /^kind(,lang)?$/,
        cursor: /^cursor,lang$/,
        'speakers-q': /^q$/,
      };
      assert.match(params, expected[kind]!, `${kind}: ${path}`);
      assert.equal(url.pathname, kind === 'speakers-q' ? '/speakers' : '/attributions');
    }
  });

  it('has no material for a kind when the data offers none', () => {
    assert.equal(kindHasMaterial('via', { ...pool, vias: [] }), false);
    assert.equal(kindHasMaterial('speaker-misspelt', { ...pool, speakers: [] }), false);
    assert.equal(kindHasMaterial('lang', pool), true);
  });

  it('searches content words, not function words or short ones', () => {
    assert.deepEqual(searchableWords(['The economy, they said, would grow.', 'Kata dia, ekonomi akan tumbuh dengan baik']), ['economy', 'ekonomi', 'tumbuh']);
  });
});

describe('bench table', () => {
  it('pads text left and numbers right', () => {
    assert.equal(
      formatTable(['query', 'p50'], [['speaker', '3.50'], ['q', '12.25']]),
      ['query      p50', '-------  -----', 'speaker   3.50', 'q        12.25'].join('\n'),
    );
  });
  it('shows a missing figure as a dash', () => {
    assert.equal(fmt(null), '—');
    assert.equal(fmt(Number.NaN), '—');
    assert.equal(fmt(2.345, 2), '2.35');
  });
});
