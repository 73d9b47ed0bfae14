import nlp from 'compromise';
import type { Token } from './tokens.ts';

// English part-of-speech tags from compromise, asked for only where the lexicon cannot tell
// whether a lower-case word belongs in a speaker phrase ("union leader", "tax commissioner").
// A whole sentence is tagged at once, because compromise tags words by their context.

const NOMINAL = new Set(['Noun', 'Adjective', 'Possessive', 'Value', 'Acronym', 'ProperNoun']);
const NOT_NOMINAL = new Set(['Verb', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Auxiliary', 'Copula']);

interface TermJson {
  offset?: { start: number; length: number };
  tags?: string[];
}

/** A predicate over token indexes, tagging lazily one sentence (the span between terminal marks) at a time. */
export function englishNominalOracle(tokens: readonly Token[], text: string, textStart: number): (i: number) => boolean {
  const tagged = new Map<number, boolean>();
  const done = new Set<number>();
  return (i: number) => {
    const tok = tokens[i];
    if (!tok) return false;
    if (!done.has(i)) tagSentence(i);
    return tagged.get(tok.start) ?? false;
  };

  function tagSentence(i: number): void {
    let from = i;
    while (from > 0 && !/^[.!?]$/.test(tokens[from - 1]!.text)) from--;
    let to = i;
    while (to < tokens.length - 1 && !/^[.!?]$/.test(tokens[to]!.text)) to++;
    for (let k = from; k <= to; k++) done.add(k);
    const start = tokens[from]!.start;
    const sentence = text.slice(start - textStart, tokens[to]!.end - textStart);
    const json = nlp(sentence).json({ offset: true }) as { terms?: TermJson[] }[];
    for (const s of json) {
      for (const term of s.terms ?? []) {
        if (!term.offset) continue;
        const tags = term.tags ?? [];
        const nominal = tags.some((t) => NOMINAL.has(t)) && !tags.some((t) => NOT_NOMINAL.has(t));
        tagged.set(start + term.offset.start, nominal);
      }
    }
  }
}
