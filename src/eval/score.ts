// Totals over judged articles for one scope: content precision/recall/F1, exact matches, and the
// accuracy of each field check on matched pairs and end to end.
import type { ArticleVerdict, FieldCheck } from './judge.ts';
import { FIELD_CHECKS } from './judge.ts';
import type { Scope } from './scopes.ts';
import { predictionCounted, scopedMatch } from './scopes.ts';

/** `right` of `of`; `rate` is null when there is nothing to rate. */
export interface Rate {
  right: number;
  of: number;
  rate: number | null;
}

export interface FieldAccuracy {
  /** Over matched gold attributions. */
  matched: Rate;
  /** Over all in-scope gold attributions (an unmatched one counts as wrong). */
  endToEnd: Rate;
}

export interface ScopeMetrics {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  falseAlarms: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  exact: { matched: number; rateOfMatched: number | null; f1: number | null };
  fields: Partial<Record<FieldCheck, FieldAccuracy>>;
}

export function rate(right: number, of: number): Rate {
  return { right, of, rate: of === 0 ? null : right / of };
}

/** F1 from counts; null when there is neither gold nor prediction. */
export function f1Of(truePositives: number, gold: number, predicted: number): number | null {
  return gold + predicted === 0 ? null : (2 * truePositives) / (gold + predicted);
}

export function scoreScope(verdicts: readonly ArticleVerdict[], scope: Scope): ScopeMetrics {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let exact = 0;
  const right = new Map<FieldCheck, number>();
  const ofMatched = new Map<FieldCheck, number>();
  const ofGold = new Map<FieldCheck, number>();
  const bump = (map: Map<FieldCheck, number>, check: FieldCheck) => map.set(check, (map.get(check) ?? 0) + 1);

  for (const verdict of verdicts) {
    const inScope = verdict.gold.map((g) => scope.goldInScope(g.attribution, verdict.article));
    verdict.gold.forEach((g, gi) => {
      if (!inScope[gi]) return;
      gold++;
      for (const check of g.checks) bump(ofGold, check);
      const match = scopedMatch(scope, verdict, g);
      if (!match) return;
      matched++;
      if (match.exact) exact++;
      for (const check of g.checks) {
        bump(ofMatched, check);
        if (g.fields[check]) bump(right, check);
      }
    });
    for (const p of verdict.predicted) {
      if (predictionCounted(scope, inScope, p)) predicted++;
    }
  }

  const fields: ScopeMetrics['fields'] = {};
  for (const check of FIELD_CHECKS) {
    if (!ofGold.has(check)) continue;
    const r = right.get(check) ?? 0;
    fields[check] = { matched: rate(r, ofMatched.get(check) ?? 0), endToEnd: rate(r, ofGold.get(check) ?? 0) };
  }

  return {
    articles: verdicts.length,
    gold,
    predicted,
    matched,
    falseAlarms: predicted - matched,
    precision: predicted === 0 ? null : matched / predicted,
    recall: gold === 0 ? null : matched / gold,
    f1: f1Of(matched, gold, predicted),
    exact: { matched: exact, rateOfMatched: matched === 0 ? null : exact / matched, f1: f1Of(exact, gold, predicted) },
    fields,
  };
}
