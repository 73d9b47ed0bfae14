// `npm run bench [-- --articles N] [--corpus-dir DIR] [--queries N] [--warmup N] [--seed N] [--max-seconds S] [--out FILE]`
// Extraction, ingest and search speed; PGlite in a temporary folder, or a scratch database
// on the server at DATABASE_URL. Figures also go to bench-results.json.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBench } from '../src/bench/run.ts';

const USAGE = `usage: npm run bench -- [--articles N] [--corpus-dir DIR] [--queries N] [--warmup N] [--seed N] [--max-seconds S] [--out FILE]
  --articles N     at most N articles in all, split over PolNeAR train (en) and PFSA-ID dev (id) by size (default: all)
  --corpus-dir     the annotated corpora (default: ../shared/corpus beside the repository)
  --queries N      measured search queries (default 1000), after --warmup N (default 100)
  --seed N         seed of the query mix (default 1)
  --max-seconds S  wall-clock limit of each phase (default 600); a phase that reaches it reports what it measured
  --out FILE       JSON figures (default bench-results.json)
  DATABASE_URL     benchmark a PostgreSQL server (in a scratch database quotetrail_bench_<pid>) instead of PGlite`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

class UsageError extends Error {}

function count(value: string | undefined, flag: string, fallback: number | null, min = 0): number | null {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} needs a whole number of at least ${min}, got "${value}"`);
  return n;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string' },
        'corpus-dir': { type: 'string' },
        queries: { type: 'string' },
        warmup: { type: 'string' },
        seed: { type: 'string' },
        'max-seconds': { type: 'string' },
        out: { type: 'string', default: 'bench-results.json' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    await runBench({
      corpusDir: path.resolve(values['corpus-dir'] ?? path.join(repoRoot, '..', 'shared', 'corpus')),
      articles: count(values.articles, '--articles', null, 1),
      queries: count(values.queries, '--queries', 1000, 1)!,
      warmup: count(values.warmup, '--warmup', 100)!,
      seed: count(values.seed, '--seed', 1)!,
      maxSeconds: count(values['max-seconds'], '--max-seconds', 600, 1)!,
      out: values.out,
      databaseUrl: process.env.DATABASE_URL || undefined,
    });
    return 0;
  } catch (err) {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw err;
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
}

process.exitCode = await main();
