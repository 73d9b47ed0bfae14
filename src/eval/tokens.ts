// Token normalisation and overlap measures for comparing content spans (FORMAT.md, "Scoring conventions").
import type { TextRange } from './corpus.ts';

// Punctuation (quote marks included) and the backtick/acute often typed as quotes.
const EDGE_PUNCTUATION = /^[\p{P}`´]+|[\p{P}`´]+$/gu;

/**
 * Lower-cased words of the given pieces of `text`, joined in order. Each whitespace-separated word
 * loses the punctuation at its edges, so `“Hello,` and PFSA-ID's space-tokenised `” Hello ,` agree;
 * words that were only punctuation vanish. Inner punctuation stays ("U.S.", "it's" keep their dots).
 */
export function contentTokens(text: string, pieces: readonly TextRange[]): string[] {
  const tokens: string[] = [];
  for (const { start, end } of pieces) {
    for (const word of text.slice(start, end).split(/\s+/u)) {
      const token = word.replace(EDGE_PUNCTUATION, '').toLowerCase();
      if (token !== '') tokens.push(token);
    }
  }
  return tokens;
}

/** F1 of two token multisets: 2·|a ∩ b| / (|a| + |b|); 0 when either is empty. */
export function tokenF1(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** Exact match: the same tokens in the same order after normalisation. */
export function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

export function rangesOverlap(a: TextRange, b: TextRange): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/** True when some piece of `a` shares at least one character with some piece of `b`. */
export function anyOverlap(a: readonly TextRange[], b: readonly TextRange[]): boolean {
  return a.some((x) => b.some((y) => rangesOverlap(x, y)));
}

/** The smallest range holding every piece; null for no pieces. */
export function hull(pieces: readonly TextRange[]): TextRange | null {
  if (pieces.length === 0) return null;
  return {
    start: Math.min(...pieces.map((p) => p.start)),
    end: Math.max(...pieces.map((p) => p.end)),
  };
}
