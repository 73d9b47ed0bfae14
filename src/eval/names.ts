// FORMAT.md's name rule for canonical speakers and chain hops: two names agree when they have the
// same words, the same last word, or all words of one inside the other — case and punctuation
// ignored, articles dropped ("Igor Konashenkov" ~ "Konashenkov", "The Washington Post" ~ "the Post").

const ARTICLES = new Set(['the', 'a', 'an']);

export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/[\p{P}\p{S}]/gu, '')) // "U.S." → "us", "&" → ""
    .filter((word) => word !== '' && !ARTICLES.has(word));
}

export function namesAgree(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa[wa.length - 1] === wb[wb.length - 1]) return true; // also covers "same words"
  const sa = new Set(wa);
  const sb = new Set(wb);
  return wa.every((w) => sb.has(w)) || wb.every((w) => sa.has(w));
}

/** Does `predicted` name the gold entity, known as `gold` or any of its aliases? */
export function namesGold(predicted: string, gold: string, aliases: readonly string[] = []): boolean {
  return [gold, ...aliases].some((name) => namesAgree(predicted, name));
}

/** Whole-chain rule: same length, and every hop names the gold hop at the same position. */
export function chainsAgree(
  predicted: readonly string[],
  gold: readonly string[],
  aliasesOf: (name: string) => readonly string[] = () => [],
): boolean {
  return predicted.length === gold.length && predicted.every((hop, i) => namesGold(hop, gold[i]!, aliasesOf(gold[i]!)));
}
