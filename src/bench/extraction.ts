// Phase 1: the extraction pipeline alone, in process, one article at a time on one thread, so
// the figure is "per core".
import { extract } from '../extract/pipeline.ts';
import type { Lang } from '../extract/types.ts';
import type { BenchArticle } from './corpus.ts';
import { progress } from './progress.ts';
import { throughput, type Throughput } from './stats.ts';

/** The budget the extractor must hold on English, per core. */
export const EXTRACTION_BUDGET_KB_PER_S = 500;

export interface ExtractionPhase {
  byLang: Partial<Record<Lang, Throughput & { attributions: number; slowest: { id: string; ms: number; kb: number }[] }>>;
  /** Milliseconds for the very first article, lexicon loading included (not in the figures). */
  coldStartMs: number;
  warmupArticles: number;
  errors: { id: string; message: string }[];
  stoppedEarly: boolean;
  budget: { kbPerSecond: number; englishKbPerSecond: number | null; met: boolean | null };
}

export function benchExtraction(articles: readonly BenchArticle[], opts: { warmup: number; deadline: number }): ExtractionPhase {
  const run = (a: BenchArticle) => extract({ id: a.id, text: a.text, lang: a.lang, publisher: a.publisher });
  const errors: ExtractionPhase['errors'] = [];

  // Lexicons load and the JIT warms on the first articles; neither belongs in a steady-state rate.
  let started = performance.now();
  if (articles[0]) safely(() => run(articles[0]!), articles[0], errors);
  const coldStartMs = performance.now() - started;
  const warm = [...(['en', 'id'] as const)].flatMap((lang) => articles.filter((a) => a.lang === lang).slice(0, opts.warmup));
  for (const a of warm) safely(() => run(a), a, []);

  const acc = new Map<Lang, { articles: number; bytes: number; ms: number; attributions: number; times: { id: string; ms: number; kb: number }[] }>();
  const bar = progress('extraction', articles.length);
  let stoppedEarly = false;
  for (const a of articles) {
    if (Date.now() > opts.deadline) {
      stoppedEarly = true;
      break;
    }
    started = performance.now();
    const result = safely(() => run(a), a, errors);
    const ms = performance.now() - started;
    const entry = acc.get(a.lang) ?? { articles: 0, bytes: 0, ms: 0, attributions: 0, times: [] };
    entry.articles++;
    entry.bytes += a.bytes;
    entry.ms += ms;
    entry.attributions += result?.attributions.length ?? 0;
    entry.times.push({ id: a.id, ms, kb: a.bytes / 1024 });
    acc.set(a.lang, entry);
    bar.tick();
  }
  bar.stop();

  const byLang: ExtractionPhase['byLang'] = {};
  for (const [lang, e] of [...acc].sort(([a], [b]) => a.localeCompare(b))) {
    const slowest = e.times.sort((x, y) => y.ms - x.ms).slice(0, 3).map((t) => ({ id: t.id, ms: round(t.ms), kb: round(t.kb) }));
    byLang[lang] = { ...throughput(e.articles, e.bytes, e.ms / 1000), attributions: e.attributions, slowest };
  }
  const en = byLang.en?.kbPerSecond ?? null;
  return {
    byLang,
    coldStartMs,
    warmupArticles: warm.length,
    errors,
    stoppedEarly,
    budget: { kbPerSecond: EXTRACTION_BUDGET_KB_PER_S, englishKbPerSecond: en, met: en === null ? null : en >= EXTRACTION_BUDGET_KB_PER_S },
  };
}

function safely<T>(work: () => T, article: BenchArticle, errors: { id: string; message: string }[]): T | undefined {
  try {
    return work();
  } catch (err) {
    errors.push({ id: article.id, message: err instanceof Error ? err.message : String(err) });
    return undefined;
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
