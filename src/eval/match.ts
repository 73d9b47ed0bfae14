// One-to-one matching of predicted content to gold content within one article.
import type { TextRange } from './corpus.ts';
import { anyOverlap, tokenF1 } from './tokens.ts';

/** The FORMAT.md threshold: token-overlap F1 with the gold span of at least 0.5. */
export const MATCH_F1 = 0.5;

export interface ContentUnderTest {
  pieces: readonly TextRange[];
  tokens: readonly string[];
}

export interface Pair {
  gold: number;
  predicted: number;
  f1: number;
}

export interface ArticleMatching {
  pairs: Pair[];
  /** Per gold index: its pair, if matched. */
  goldPair: (Pair | null)[];
  /** Per predicted index: its pair, if matched. */
  predictedPair: (Pair | null)[];
  /** Per predicted index: gold indexes whose content shares characters with it (scope filters need these). */
  overlappingGold: number[][];
  /** Per gold index: the overlapping prediction with the best F1, matched or not (for near-miss reports). */
  nearestPrediction: ({ predicted: number; f1: number } | null)[];
}

/**
 * Greedy by best F1: among all pairs whose pieces share characters and reach MATCH_F1, take the
 * best remaining pair first. Requiring a character overlap keeps a repeated phrase elsewhere in the
 * article from matching, and bounds the work to pairs that touch (articles hold tens of attributions).
 */
export function matchContent(gold: readonly ContentUnderTest[], predicted: readonly ContentUnderTest[]): ArticleMatching {
  const candidates: Pair[] = [];
  const overlappingGold: number[][] = predicted.map(() => []);
  const nearestPrediction: ArticleMatching['nearestPrediction'] = gold.map(() => null);

  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (!anyOverlap(g.pieces, p.pieces)) return;
      overlappingGold[pi]!.push(gi);
      const f1 = tokenF1(g.tokens, p.tokens);
      const nearest = nearestPrediction[gi];
      if (!nearest || f1 > nearest.f1) nearestPrediction[gi] = { predicted: pi, f1 };
      if (f1 >= MATCH_F1) candidates.push({ gold: gi, predicted: pi, f1 });
    });
  });

  // Ties fall to text order, so results do not depend on sort stability quirks.
  candidates.sort((a, b) => b.f1 - a.f1 || a.gold - b.gold || a.predicted - b.predicted);
  const goldPair: (Pair | null)[] = gold.map(() => null);
  const predictedPair: (Pair | null)[] = predicted.map(() => null);
  const pairs: Pair[] = [];
  for (const pair of candidates) {
    if (goldPair[pair.gold] || predictedPair[pair.predicted]) continue;
    goldPair[pair.gold] = pair;
    predictedPair[pair.predicted] = pair;
    pairs.push(pair);
  }
  return { pairs, goldPair, predictedPair, overlappingGold, nearestPrediction };
}
