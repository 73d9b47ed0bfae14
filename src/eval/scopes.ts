// Scopes: which gold a figure is about, and which predictions it holds against the extractor
// (FORMAT.md, "Scope on PolNeAR" and "Scope on PFSA-ID").
import type { Attribution, AttributionKind } from '../extract/types.ts';
import type { GoldArticle, GoldAttribution } from './corpus.ts';
import type { ArticleVerdict, GoldVerdict, PredictionVerdict } from './judge.ts';
import { kindWithTypewriterMarks } from './quote-marks.ts';

export interface Scope {
  id: string;
  description: string;
  goldInScope(gold: GoldAttribution, article: GoldArticle): boolean;
  /** Kind scopes also answer for every prediction of their kind, matched or not. */
  kind?: AttributionKind;
  /**
   * Which predictions answer the scope's question at all; the others count neither as hits nor as
   * false alarms, and gold that only they matched counts as missed. Every prediction when absent.
   */
  answers?: (prediction: Attribution) => boolean;
}

export const ALL: Scope = {
  id: 'all',
  description: 'every gold attribution and every prediction',
  goldInScope: () => true,
};

export function kindScope(kind: AttributionKind): Scope {
  return {
    id: kind,
    description: `gold of kind ${kind}; predictions of that kind, or overlapping such gold`,
    goldInScope: (gold) => gold.kind === kind,
    kind,
  };
}

/**
 * PolNeAR's `direct` with its kinds read as FORMAT.md defines them, quote marks around all of the
 * content, counting the typewriter marks (''…'') its derivation did not see.
 */
export const DIRECT_BY_ALL_MARKS: Scope = {
  ...kindScope('direct'),
  id: 'direct-marks',
  description: "gold wholly inside quote marks, typewriter ''…'' included; predictions of kind direct, or overlapping such gold",
  goldInScope: (gold, article) => kindWithTypewriterMarks(gold, article) === 'direct',
};

/**
 * PFSA-ID's own task: direct statements of public figures. A quotation whose speaker the article
 * describes as a private person ("warga", "sopir", an age in brackets) does not answer it.
 */
export const PUBLIC_FIGURES: Scope = {
  ...kindScope('direct'),
  id: 'public',
  description: 'gold direct statements; direct predictions whose speaker is not described as a private person',
  answers: (prediction) => prediction.speaker?.standing !== 'private',
};

/**
 * PolNeAR's claims scope: gold that is quoted, cued by a colon, or whose cue has a word beginning
 * with a claim stem ("said", "told", "according"…). Intentions, desires and perceptions fall outside.
 */
export function claimsScope(stems: readonly string[]): Scope {
  return {
    id: 'claims',
    description: 'quoted gold, colon cues, or cue words starting with a stem of claim-cues.txt',
    goldInScope: (gold, article) => isClaim(gold, article.text, stems),
  };
}

export function isClaim(gold: GoldAttribution, text: string, stems: readonly string[]): boolean {
  if (gold.kind === 'direct' || gold.kind === 'mixed') return true;
  const cues = gold.cue.map((r) => text.slice(r.start, r.end));
  if (cues.some((cue) => cue.trim() === ':')) return true;
  const words = cues.flatMap((cue) => cue.toLowerCase().match(/\p{L}+/gu) ?? []);
  return words.some((word) => stems.some((stem) => word.startsWith(stem)));
}

/**
 * Whether a prediction enters the scope's precision.
 * - One that does not answer the scope (`Scope.answers`), or that the corpus cannot judge (a nested
 *   report in a univocal corpus, `PredictionVerdict.judged`): never.
 * - Matched to in-scope gold: yes. Matched to out-of-scope gold: only if the scope claims its kind
 *   (a `direct` prediction on indirect gold is a false `direct`); otherwise it is the right answer
 *   to a question this scope does not ask, so it is left out — even if it grazes in-scope gold.
 * - Unmatched: yes if the scope claims its kind or it overlaps in-scope gold; for scopes without a
 *   kind, also when it overlaps no gold at all. So one overlapping only out-of-scope gold is left out.
 * `inScope` is indexed like `ArticleVerdict.gold`, as are `matchedGold` and `overlappingGold`.
 */
export function predictionCounted(scope: Scope, inScope: readonly boolean[], p: PredictionVerdict): boolean {
  if (!p.judged || !answersScope(scope, p)) return false;
  const claimedByKind = scope.kind !== undefined && p.attribution.kind === scope.kind;
  if (p.matchedGold !== null) return claimedByKind || inScope[p.matchedGold] === true;
  if (claimedByKind) return true;
  if (p.overlappingGold.some((gi) => inScope[gi] === true)) return true;
  return scope.kind === undefined && p.overlappingGold.length === 0;
}

function answersScope(scope: Scope, p: PredictionVerdict): boolean {
  return scope.answers?.(p.attribution) ?? true;
}

/** The gold's match, unless the prediction it matched does not answer the scope. */
export function scopedMatch(scope: Scope, verdict: ArticleVerdict, g: GoldVerdict): GoldVerdict['match'] {
  return g.match && answersScope(scope, verdict.predicted[g.match.predicted]!) ? g.match : null;
}
