// The benchmark corpus: articles of the annotated corpora (../shared/corpus/FORMAT.md), only
// the fields an ingest client would send; the annotations are not needed here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../extract/types.ts';

export interface BenchArticle {
  id: string;
  lang: Lang;
  publisher: string | null;
  title: string | null;
  date: string | null;
  text: string;
  /** UTF-8 size of the text: what KB/s counts. */
  bytes: number;
}

/** PolNeAR train (English, 840 articles) and PFSA-ID dev (Indonesian, 408). */
export const BENCH_CORPORA = ['polnear/train.jsonl', 'pfsa-id/dev.jsonl'] as const;

export function loadBenchCorpus(file: string): BenchArticle[] {
  const articles: BenchArticle[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const raw = JSON.parse(line) as Record<string, unknown>;
      if (typeof raw.id !== 'string' || typeof raw.text !== 'string' || (raw.lang !== 'en' && raw.lang !== 'id')) {
        throw new Error(`${file}:${i + 1}: an article needs string id and text, and lang en or id`);
      }
      const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
      articles.push({
        id: raw.id,
        lang: raw.lang,
        publisher: str(raw.publisher),
        title: str(raw.title),
        // Only plain ISO dates; anything else would be a 400 at the API, not a benchmark figure.
        date: typeof raw.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.date) ? raw.date : null,
        text: raw.text,
        bytes: Buffer.byteLength(raw.text, 'utf8'),
      });
    });
  return articles;
}

/**
 * Splits a total of `limit` articles over the corpora in proportion to their sizes (at least
 * one from each when the limit allows), so a short run still measures both languages.
 */
export function takeProportionally<T>(corpora: readonly (readonly T[])[], limit: number | null): T[][] {
  const total = corpora.reduce((s, c) => s + c.length, 0);
  if (limit === null || limit >= total) return corpora.map((c) => [...c]);
  const exact = corpora.map((c) => (limit * c.length) / total);
  const shares = exact.map(Math.floor);
  // The rounding remainder goes, one each, first to corpora left empty, then by largest remainder.
  const order = corpora
    .map((_, i) => i)
    .sort((a, b) => Number(shares[a]! > 0) - Number(shares[b]! > 0) || exact[b]! - shares[b]! - (exact[a]! - shares[a]!));
  let left = limit - shares.reduce((s, n) => s + n, 0);
  for (let k = 0; left > 0; k++) {
    const i = order[k % order.length]!;
    if (shares[i]! < corpora[i]!.length) {
      shares[i]!++;
      left--;
    }
  }
  return corpora.map((c, i) => c.slice(0, shares[i]));
}

export function corpusFiles(corpusDir: string): string[] {
  return BENCH_CORPORA.map((f) => path.join(corpusDir, f));
}
