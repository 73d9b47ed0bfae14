// Whether confidences mean what they say: every prediction a scope counts, with its stated confidence
// and whether it matched gold of that scope; grouped by confidence (reliability, expected calibration
// error) for the report, and by rule for `npm run calibrate`.
import path from 'node:path';
import { calibrationKey } from '../extract/confidence.ts';
import type { Extractor } from './evaluate.ts';
import type { Lang } from '../extract/types.ts';
import { selectCorpora } from './corpora.ts';
import { loadClaimCueStems, loadCorpus } from './corpus.ts';
import { evaluateCorpus } from './evaluate.ts';
import type { ArticleVerdict } from './judge.ts';
import type { Scope } from './scopes.ts';
import { predictionCounted } from './scopes.ts';

export interface Outcome {
  key: string;
  lang: Lang;
  confidence: number;
  correct: boolean;
}

/** Predictions the scope holds against the extractor; right when matched to gold of the scope (score.ts counts alike). */
export function outcomesOf(verdicts: readonly ArticleVerdict[], scope: Scope): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const verdict of verdicts) {
    const inScope = verdict.gold.map((g) => scope.goldInScope(g.attribution, verdict.article));
    for (const p of verdict.predicted) {
      if (!predictionCounted(scope, inScope, p)) continue;
      const a = p.attribution;
      outcomes.push({
        key: calibrationKey(a.rule, a.speaker !== null),
        lang: verdict.article.lang,
        confidence: a.confidence,
        correct: p.matchedGold !== null && inScope[p.matchedGold] === true,
      });
    }
  }
  return outcomes;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number | null;
  precision: number | null;
}

export interface Reliability {
  scope: string;
  n: number;
  bins: ReliabilityBin[];
  /** Expected calibration error: the bins' |mean confidence − precision|, weighted by size. */
  ece: number | null;
}

const EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

export function reliability(scope: string, outcomes: readonly Outcome[]): Reliability {
  const bins = EDGES.slice(0, -1).map((from, k) => {
    const to = EDGES[k + 1]!;
    const inside = outcomes.filter((o) => o.confidence >= from && (o.confidence < to || (to === 1 && o.confidence <= 1)));
    const n = inside.length;
    return {
      from,
      to,
      n,
      meanConfidence: n === 0 ? null : inside.reduce((s, o) => s + o.confidence, 0) / n,
      precision: n === 0 ? null : inside.filter((o) => o.correct).length / n,
    };
  });
  const n = outcomes.length;
  const ece = n === 0 ? null : bins.reduce((s, b) => s + (b.n === 0 ? 0 : (b.n / n) * Math.abs(b.meanConfidence! - b.precision!)), 0);
  return { scope, n, bins, ece };
}

/**
 * Per language, each key's precision shrunk toward the language's overall precision by `strength`
 * pseudo-observations, so a rule seen a few times keeps near the average; keys seen fewer than
 * `minimum` times are left to their rule's own confidence.
 */
export function fitCalibration(outcomes: readonly Outcome[], strength = 20, minimum = 10): Partial<Record<Lang, Record<string, number>>> {
  const fitted: Partial<Record<Lang, Record<string, number>>> = {};
  for (const lang of new Set(outcomes.map((o) => o.lang))) {
    const mine = outcomes.filter((o) => o.lang === lang);
    const prior = mine.filter((o) => o.correct).length / mine.length;
    const byKey = new Map<string, { n: number; right: number }>();
    for (const o of mine) {
      const k = byKey.get(o.key) ?? { n: 0, right: 0 };
      k.n++;
      if (o.correct) k.right++;
      byKey.set(o.key, k);
    }
    const table: Record<string, number> = {};
    for (const [key, { n, right }] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
      if (n >= minimum) table[key] = Math.round(((right + strength * prior) / (n + strength)) * 100) / 100;
    }
    fitted[lang] = table;
  }
  return fitted;
}

/**
 * Each language's tuning corpora, scored in the scope their annotation supports. PFSA-ID annotates
 * public figures only: its `public` scope leaves out quotations of speakers the article describes as
 * private persons, whose correctness it cannot tell; those of speakers described neither way still
 * count, so Indonesian confidences stay on the conservative side (README, "Confidence").
 */
export const TUNING: Record<Lang, { corpus: string; scope: string }[]> = {
  en: [{ corpus: 'polnear/train', scope: 'claims' }],
  id: [
    { corpus: 'pfsa-id/dev', scope: 'public' },
    { corpus: 'chains/dev', scope: 'all' },
    { corpus: 'seed', scope: 'all' },
  ],
};

export interface FittedCalibration {
  fittedOn: string;
  predictions: number;
  confidence: Record<string, number>;
}

/** What `npm run calibrate` writes for each language, fitted on the tuning corpora in `corpusDir`. */
export function calibrateOn(corpusDir: string, extractor: Extractor): Record<Lang, FittedCalibration> {
  const claimStems = loadClaimCueStems(path.join(corpusDir, 'claim-cues.txt'));
  const result = {} as Record<Lang, FittedCalibration>;
  for (const [lang, sources] of Object.entries(TUNING) as [Lang, (typeof TUNING)[Lang]][]) {
    const outcomes: Outcome[] = [];
    for (const { corpus, scope: scopeId } of sources) {
      const [spec] = selectCorpora([corpus]);
      const file = path.join(corpusDir, spec!.file);
      const evaluated = evaluateCorpus(spec!, file, loadCorpus(file), claimStems, extractor);
      const scope = evaluated.scopes.find((s) => s.id === scopeId)!;
      outcomes.push(...outcomesOf(evaluated.verdicts, scope).filter((o) => o.lang === lang));
    }
    result[lang] = {
      fittedOn: sources.map((s) => `${s.corpus} (${s.scope})`).join(', '),
      predictions: outcomes.length,
      confidence: fitCalibration(outcomes)[lang] ?? {},
    };
  }
  return result;
}
