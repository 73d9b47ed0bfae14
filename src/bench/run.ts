// `npm run bench`: extraction alone, ingest into a fresh database (twice: new, then already
// stored), re-extraction of everything stored, and search latency through the HTTP API at the
// size just stored.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../api/app.ts';
import { migrate } from '../db/migrate.ts';
import { corpusFiles, loadBenchCorpus, takeProportionally, type BenchArticle } from './corpus.ts';
import { openBenchDatabase, type BenchDatabase } from './database.ts';
import { benchExtraction, type ExtractionPhase } from './extraction.ts';
import { listenLoopback } from './http.ts';
import { ingestPass, storedCounts, type IngestPass, type StoredCounts } from './ingest.ts';
import { machineInfo, type MachineInfo } from './machine.ts';
import { benchSearch, type SearchPhase } from './search.ts';
import { reextractStale, type ReextractSummary } from '../services/reextract.ts';
import { fmt, formatTable } from './table.ts';

export interface BenchOptions {
  corpusDir: string;
  articles: number | null;
  queries: number;
  warmup: number;
  seed: number;
  /** Wall-clock limit of each phase, in seconds; a phase that reaches it reports what it measured. */
  maxSeconds: number;
  out: string;
  databaseUrl: string | undefined;
}

export interface BenchResults {
  generatedAt: string;
  machine: MachineInfo;
  database: { kind: string; description: string };
  options: Omit<BenchOptions, 'databaseUrl'>;
  corpus: { files: { file: string; articles: number; bytes: number }[]; articles: number; bytes: number };
  extraction: ExtractionPhase;
  ingest: { migrateMs: number; first: IngestPass; again: IngestPass; stored: StoredCounts } | null;
  reextract: ReextractPhase | null;
  search: SearchPhase | null;
  totalSeconds: number;
}

export async function runBench(opts: BenchOptions, log: (line: string) => void = console.log): Promise<BenchResults> {
  const t0 = performance.now();
  const files = corpusFiles(opts.corpusDir);
  const corpora = takeProportionally(files.map(loadBenchCorpus), opts.articles);
  const articles: BenchArticle[] = corpora.flat();
  const machine = machineInfo();
  log(`machine   ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}, node ${machine.node}`);
  log(`corpus    ${corpora.map((c, i) => `${path.relative(opts.corpusDir, files[i]!)} ${c.length}`).join(', ')} (${fmt(sumBytes(articles) / 2 ** 20, 2)} MB of text)`);

  const deadline = () => Date.now() + opts.maxSeconds * 1000;
  const extraction = benchExtraction(articles, { warmup: Math.min(20, Math.ceil(articles.length / 10)), deadline: deadline() });
  log('\n' + extractionReport(extraction));

  const bench = await openBenchDatabase(opts.databaseUrl);
  log(`\ndatabase  ${bench.description}`);
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    machine,
    database: { kind: bench.database.kind, description: bench.description },
    options: { corpusDir: opts.corpusDir, articles: opts.articles, queries: opts.queries, warmup: opts.warmup, seed: opts.seed, maxSeconds: opts.maxSeconds, out: opts.out },
    corpus: {
      files: corpora.map((c, i) => ({ file: files[i]!, articles: c.length, bytes: sumBytes(c) })),
      articles: articles.length,
      bytes: sumBytes(articles),
    },
    extraction,
    ingest: null,
    reextract: null,
    search: null,
    totalSeconds: 0,
  };

  const onSignal = () => {
    void bench.dispose().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await storeAndSearch(bench, articles, opts, results, log, deadline);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await bench.dispose();
  }

  results.totalSeconds = (performance.now() - t0) / 1000;
  const out = path.resolve(opts.out);
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  log(`\nfigures written to ${path.relative(process.cwd(), out) || out} (${fmt(results.totalSeconds, 0)} s in all)`);
  return results;
}

async function storeAndSearch(
  bench: BenchDatabase,
  articles: readonly BenchArticle[],
  opts: BenchOptions,
  results: BenchResults,
  log: (line: string) => void,
  deadline: () => number,
): Promise<void> {
  const { db } = bench.database;
  let started = performance.now();
  await migrate(db);
  const migrateMs = performance.now() - started;
  const first = await ingestPass(db, articles, 'ingest', deadline());
  const stored = articles.slice(0, first.total.articles);
  const again = await ingestPass(db, stored, 'ingest again', deadline());
  const counts = await storedCounts(db);
  results.ingest = { migrateMs, first, again, stored: counts };
  log('\n' + ingestReport(results.ingest, results.extraction));
  results.reextract = await reextractPass(db, sumBytes(stored));
  log('\n' + reextractReport(results.reextract));

  const server = await listenLoopback(createApp({ db, databaseKind: bench.database.kind }));
  try {
    started = performance.now();
    results.search = await benchSearch(server.base, { queries: opts.queries, warmup: opts.warmup, seed: opts.seed, deadline: deadline() });
  } finally {
    await server.close();
  }
  log('\n' + searchReport(results.search, counts));
}

export interface ReextractPhase extends ReextractSummary {
  seconds: number;
  kbPerSecond: number | null;
  articlesPerSecond: number | null;
}

/** Every stored article through the re-extraction job, as after an extractor change. */
async function reextractPass(db: BenchDatabase['database']['db'], bytes: number): Promise<ReextractPhase> {
  const started = performance.now();
  const summary = await reextractStale(db, { force: true });
  const seconds = (performance.now() - started) / 1000;
  return { ...summary, seconds, kbPerSecond: seconds > 0 ? bytes / 1024 / seconds : null, articlesPerSecond: seconds > 0 ? summary.articles / seconds : null };
}

export function reextractReport(r: ReextractPhase): string {
  return [
    '3. re-extraction of every stored article (npm run reextract --all: extract, compare, rewrite, one transaction per article)',
    formatTable(['articles', 's', 'KB/s', 'articles/s', 'kept', 'added', 'removed'], [[String(r.articles), fmt(r.seconds, 2), fmt(r.kbPerSecond, 0), fmt(r.articlesPerSecond, 1), String(r.kept), String(r.added), String(r.removed)]]),
    '  the extractor is the one that stored them, so every attribution is found again and keeps its id',
  ].join('\n');
}

function sumBytes(articles: readonly BenchArticle[]): number {
  return articles.reduce((s, a) => s + a.bytes, 0);
}

const LANG_NAMES: Record<string, string> = { en: 'English', id: 'Indonesian' };

export function extractionReport(e: ExtractionPhase): string {
  const rows = Object.entries(e.byLang).map(([lang, t]) => [
    LANG_NAMES[lang] ?? lang,
    String(t.articles),
    fmt(t.bytes / 1024, 0),
    fmt(t.seconds, 2),
    fmt(t.kbPerSecond, 0),
    fmt(t.articlesPerSecond, 1),
    fmt(t.articles ? (t.seconds * 1000) / t.articles : null, 1),
    String(t.attributions),
  ]);
  const budget = e.budget.englishKbPerSecond === null
    ? 'no English articles measured'
    : `${fmt(e.budget.englishKbPerSecond, 0)} KB/s on English against the ${e.budget.kbPerSecond} KB/s per-core budget: ${e.budget.met ? 'met' : 'MISSED'}`;
  const slow = Object.entries(e.byLang)
    .map(([lang, t]) => `  slowest ${lang}: ${t.slowest.map((s) => `${s.id} ${fmt(s.ms, 0)} ms/${fmt(s.kb, 0)} KB`).join('; ')}`)
    .join('\n');
  return [
    `1. extraction only, in process, one thread (cold first article ${fmt(e.coldStartMs, 0)} ms, ${e.warmupArticles} warm-up articles not counted)`,
    formatTable(['language', 'articles', 'KB', 's', 'KB/s', 'articles/s', 'ms/article', 'attributions'], rows),
    budget,
    slow,
    e.errors.length ? `  ${e.errors.length} articles failed, first: ${e.errors[0]!.id}: ${e.errors[0]!.message}` : '',
    e.stoppedEarly ? '  stopped early: phase time limit reached' : '',
  ].filter(Boolean).join('\n');
}

export function ingestReport(i: NonNullable<BenchResults['ingest']>, e: ExtractionPhase): string {
  const rows: string[][] = [];
  for (const [name, pass] of [['new', i.first], ['again (idempotent)', i.again]] as const) {
    for (const [lang, t] of [...Object.entries(pass.byLang), ['all', pass.total] as const]) {
      rows.push([name, LANG_NAMES[lang] ?? lang, String(t.articles), fmt(t.seconds, 2), fmt(t.kbPerSecond, 0), fmt(t.articlesPerSecond, 1), fmt(t.articles ? (t.seconds * 1000) / t.articles : null, 2)]);
    }
  }
  const s = i.stored;
  // Where the time goes: the extraction share is known from phase 1 at the same rate per language.
  const extractionSeconds = Object.entries(i.first.byLang).reduce((sum, [lang, t]) => {
    const rate = e.byLang[lang as 'en' | 'id']?.kbPerSecond;
    return sum + (rate ? t.bytes / 1024 / rate : 0);
  }, 0);
  const dbShare = i.first.total.seconds > 0 ? 1 - extractionSeconds / i.first.total.seconds : null;
  const p = i.first.perArticle;
  const notes = [
    `  migrations ${fmt(i.migrateMs, 0)} ms; first pass: ${i.first.created} stored, ${i.first.existing} duplicates of an earlier text, ${i.first.attributions} attributions; per article p50 ${fmt(p?.p50)} ms, p99 ${fmt(p?.p99)} ms, max ${fmt(p?.max)} ms`,
    `  where the first pass went: extraction ≈ ${fmt(extractionSeconds, 1)} s (at phase 1 rates), ${i.first.statements} SQL statements (${fmt(i.first.total.articles ? i.first.statements / i.first.total.articles : null, 0)} per article) ≈ ${fmt(i.first.statementSeconds, 1)} s (${fmt(i.first.statements ? (i.first.statementSeconds * 1000) / i.first.statements : null, 2)} ms each), everything but extraction ≈ ${fmt(dbShare === null ? null : dbShare * 100, 0)}%`,
    `  statements taking the most time: ${i.first.topStatements.map((t) => `${t.statement} ×${t.count} ${fmt(t.ms / 1000, 1)} s`).join(', ')}`,
    `  second pass: ${i.again.existing} found already stored, ${i.again.created} stored anew; per article p50 ${fmt(i.again.perArticle?.p50, 2)} ms, p99 ${fmt(i.again.perArticle?.p99, 2)} ms; ${fmt(i.again.total.articles ? i.again.statements / i.again.total.articles : null, 1)} statements per article`,
    `  stored: ${s.articles ?? '?'} articles, ${s.attributions ?? '?'} attributions, ${s.entities ?? '?'} entities, ${s.hops ?? '?'} chain hops, database ${s.databaseBytes === null ? '?' : fmt(s.databaseBytes / 2 ** 20, 1) + ' MB'}`,
  ];
  for (const [name, pass] of [['first pass', i.first], ['second pass', i.again]] as const) {
    if (pass.errors.length) {
      const messages = [...new Set(pass.errors.map((e) => e.message))];
      notes.push(`  ${name}: ${pass.errors.length} articles failed (${messages.slice(0, 3).join('; ')}), first: ${pass.errors[0]!.id}`);
    }
    if (pass.stoppedEarly) notes.push(`  ${name}: stopped early, phase time limit reached`);
  }
  return ['2. ingest end to end (ingestArticle: normalise, extract, one transaction), one article at a time', formatTable(['pass', 'language', 'articles', 's', 'KB/s', 'articles/s', 'ms/article'], rows), ...notes].join('\n');
}

export function searchReport(s: SearchPhase, counts: StoredCounts): string {
  const rows: string[][] = [];
  const skipped: string[] = [];
  for (const [kind, r] of Object.entries(s.byKind)) {
    if (r.skipped) {
      skipped.push(`  skipped ${kind}: ${r.skipped}`);
      continue;
    }
    const l = r.latency;
    rows.push([kind, String(l?.count ?? 0), fmt(l?.p50, 2), fmt(l?.p95, 2), fmt(l?.p99, 2), fmt(l?.mean, 2), fmt(l?.max, 1), fmt(r.hitRate === null ? null : r.hitRate * 100, 0), fmt(r.meanItems, 1)]);
  }
  const o = s.overall;
  rows.push(['all', String(o?.count ?? 0), fmt(o?.p50, 2), fmt(o?.p95, 2), fmt(o?.p99, 2), fmt(o?.mean, 2), fmt(o?.max, 1), '—', '—']);
  return [
    `4. search through the HTTP API (loopback), at ${counts.articles ?? '?'} articles / ${counts.attributions ?? '?'} attributions stored; ${s.warmup} warm-up + ${s.measured} measured queries, one at a time, latency in ms`,
    formatTable(['query', 'n', 'p50', 'p95', 'p99', 'mean', 'max', 'hits %', 'items'], rows),
    `  pool from the API (${fmt(s.gatherMs / 1000, 1)} s, untimed): ${Object.entries(s.poolSizes).map(([k, v]) => `${v} ${k}`).join(', ')}`,
    ...skipped,
    s.failures.length ? `  ${s.failures.length} requests failed, first: ${s.failures[0]!.status} ${s.failures[0]!.path}` : '',
    s.stoppedEarly ? '  stopped early: phase time limit reached' : '',
  ].filter(Boolean).join('\n');
}
