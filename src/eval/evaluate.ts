// Runs the extractor over one corpus, judges every article and totals each scope per language.
import { performance } from 'node:perf_hooks';
import type { ExtractionInput, ExtractionResult, Lang } from '../extract/types.ts';
import { outcomesOf, reliability, type Reliability } from './calibration.ts';
import type { CorpusSpec } from './corpora.ts';
import type { GoldArticle } from './corpus.ts';
import type { ArticleVerdict } from './judge.ts';
import { judgeArticle } from './judge.ts';
import type { Scope } from './scopes.ts';
import type { ScopeMetrics } from './score.ts';
import { scoreScope } from './score.ts';

export type Extractor = (input: ExtractionInput) => ExtractionResult;

export interface Throughput {
  /** UTF-8 bytes of article text given to the extractor. */
  bytes: number;
  /** Time spent inside the extractor calls only. */
  seconds: number;
  /** KB (1024 bytes) per second; null when nothing was timed. */
  kbPerSecond: number | null;
}

export interface ScopeReport {
  description: string;
  /** `all` languages together, then each language when the corpus has more than one. */
  byLanguage: Record<string, ScopeMetrics>;
}

export interface CorpusResult {
  name: string;
  file: string;
  articles: number;
  languages: Lang[];
  goldAttributions: number;
  unscorableGold: number;
  predictions: number;
  /** Nested predictions a univocal corpus cannot judge (CorpusSpec.univocal): counted nowhere. */
  unjudgedNested: number;
  invalidPieces: number;
  textMismatches: number;
  extractErrors: { id: string; message: string }[];
  throughput: Throughput;
  scopes: Record<string, ScopeReport>;
  /** Stated confidence against observed precision, in the corpus's headline scope. */
  calibration: Reliability;
}

export interface EvaluatedCorpus {
  spec: CorpusSpec;
  scopes: Scope[];
  verdicts: ArticleVerdict[];
  result: CorpusResult;
}

export function evaluateCorpus(
  spec: CorpusSpec,
  file: string,
  articles: readonly GoldArticle[],
  claimStems: readonly string[],
  extractor: Extractor,
): EvaluatedCorpus {
  let bytes = 0;
  let milliseconds = 0;
  const extractErrors: CorpusResult['extractErrors'] = [];

  const verdicts = articles.map((article) => {
    bytes += Buffer.byteLength(article.text, 'utf8');
    const started = performance.now();
    try {
      const { attributions } = extractor({ id: article.id, text: article.text, lang: article.lang, publisher: article.publisher });
      milliseconds += performance.now() - started;
      return judgeArticle(article, attributions, null, { univocal: spec.univocal });
    } catch (err) {
      // A crash on one article should not hide the figures for the rest while the extractor is in flux.
      milliseconds += performance.now() - started;
      const message = err instanceof Error ? err.message : String(err);
      extractErrors.push({ id: article.id, message });
      return judgeArticle(article, [], message, { univocal: spec.univocal });
    }
  });

  const languages = [...new Set(articles.map((a) => a.lang))].sort();
  const scopes = spec.scopes(articles, claimStems);
  const scopeReports: Record<string, ScopeReport> = {};
  for (const scope of scopes) {
    const byLanguage: Record<string, ScopeMetrics> = { all: scoreScope(verdicts, scope) };
    if (languages.length > 1) {
      for (const lang of languages) byLanguage[lang] = scoreScope(verdicts.filter((v) => v.article.lang === lang), scope);
    }
    scopeReports[scope.id] = { description: scope.description, byLanguage };
  }

  const headline = scopes.find((s) => s.id === spec.errorScope) ?? scopes[0]!;
  const seconds = milliseconds / 1000;
  const sum = (f: (v: ArticleVerdict) => number) => verdicts.reduce((total, v) => total + f(v), 0);
  return {
    spec,
    scopes,
    verdicts,
    result: {
      name: spec.name,
      file,
      articles: articles.length,
      languages,
      goldAttributions: sum((v) => v.article.attributions.length),
      unscorableGold: sum((v) => v.unscorableGold),
      predictions: sum((v) => v.predicted.length),
      unjudgedNested: sum((v) => v.predicted.filter((p) => !p.judged).length),
      invalidPieces: sum((v) => v.invalidPieces),
      textMismatches: sum((v) => v.textMismatches),
      extractErrors,
      throughput: throughput(bytes, seconds),
      scopes: scopeReports,
      calibration: reliability(headline.id, outcomesOf(verdicts, headline)),
    },
  };
}

export function throughput(bytes: number, seconds: number): Throughput {
  return { bytes, seconds, kbPerSecond: seconds > 0 ? bytes / 1024 / seconds : null };
}
