import nlp from 'compromise';
import type { Token } from './tokens.ts';

// Whether an English lower-case word can stand in a noun phrase ("union leader", "port operator"),
// from compromise's lexicon. A lexicon look-up rather than a parse: compromise's full tagger runs
// at ~165 KB/s here, far below the extractor's budget, and speaker phrases need only word classes.

const NOMINAL = new Set([
  'Noun', 'Singular', 'Plural', 'Actor', 'Uncountable', 'ProperNoun', 'Adjective', 'Comparable', 'Superlative',
  'Demonym', 'Organization', 'Person', 'Place', 'Country', 'City', 'Region', 'Honorific', 'Acronym', 'Value', 'Cardinal', 'Ordinal',
  'Unit', 'Money', 'Percent', 'Fraction', 'Multiple', 'NumericValue', 'TextValue',
]);

type LexiconEntry = string | string[] | undefined;
let lexicon: Record<string, LexiconEntry> | undefined;

function lexiconOf(): Record<string, LexiconEntry> {
  lexicon ??= (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, LexiconEntry> } } } }).world().model.one.lexicon;
  return lexicon;
}

const memo = new Map<string, boolean>();

/** Known words by their lexicon tags; unknown words count as nominal unless they look verbal or adverbial. */
export function isNominalWord(word: string): boolean {
  let known = memo.get(word);
  if (known === undefined) {
    const entry = lexiconOf()[word];
    const tags = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
    // Participles in -ed are verbs here ("rejected the way …") unless the lexicon knows them as nouns.
    const nounTags = /ed$/.test(word) ? tags.filter((t) => t !== 'Adjective' && t !== 'Comparable') : tags;
    known = tags.length > 0 ? nounTags.some((t) => NOMINAL.has(t)) : !/(ed|ly|[’']t)$/.test(word);
    if (memo.size < 50_000) memo.set(word, known);
  }
  return known;
}

/** A predicate over a paragraph's token indexes, for phrases.ts. */
export function englishNominalOracle(tokens: readonly Token[]): (i: number) => boolean {
  return (i: number) => {
    const tok = tokens[i];
    return tok !== undefined && tok.isWord && isNominalWord(tok.lower);
  };
}
