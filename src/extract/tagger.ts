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
  // "he’ll", "they’re": a contracted verb follows a pronoun, never a noun.
  if (known === undefined && /[’'](ll|d|re|ve|m)$/.test(word)) known = false;
  if (known === undefined) {
    const tags = tagsOf(word);
    // Participles in -ed are verbs here ("rejected the way …") unless the lexicon knows them as nouns.
    const nounTags = /ed$/.test(word) ? tags.filter((t) => t !== 'Adjective' && t !== 'Comparable') : tags;
    // Unknown compounds in -ed ("self-described", "Iowa-based") are adjectives.
    known = tags.length > 0 ? nounTags.some((t) => NOMINAL.has(t)) : /\p{L}-\p{L}+ed$/u.test(word) || (!/(ed|ly|[’']t)$/.test(word) && !isVerbInflection(word));
    if (memo.size < 50_000) memo.set(word, known);
  }
  return known;
}

const VERB_FORMS = new Set(['Infinitive', 'PastTense', 'Verb', 'PresentTense']);

/** "keeps", "pushes": an unknown word in -s whose stem the lexicon knows only as a verb. */
function isVerbInflection(word: string): boolean {
  if (!word.endsWith('s')) return false;
  const stems = [word.slice(0, -1), ...(word.endsWith('es') ? [word.slice(0, -2)] : [])];
  return stems.some((stem) => {
    const tags = tagsOf(stem);
    return tags.length > 0 && tags.every((t) => VERB_FORMS.has(t));
  });
}

function tagsOf(word: string): string[] {
  const entry = lexiconOf()[word];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

const verbOnly = new Map<string, boolean>();

/** Known only in verb forms ("network", "tax"), and not a participle. */
function isVerbOnly(word: string): boolean {
  let known = verbOnly.get(word);
  if (known === undefined) {
    known = tagsOf(word).every((t) => VERB_FORMS.has(t)) && !/(ed|ing)$/.test(word);
    if (verbOnly.size < 50_000) verbOnly.set(word, known);
  }
  return known;
}

/** "white", "early", "five": an adjective or a number, which a present-tense verb never follows directly. */
export function isModifierWord(word: string): boolean {
  if (/^\p{N}/u.test(word)) return true;
  const tags = tagsOf(word);
  return tags.some((t) => t === 'Adjective' || t === 'Cardinal') && !tags.some((t) => t === 'Noun' || t === 'Singular' || VERB_FORMS.has(t));
}

/** "said", "warned": English past tenses, which never stand as nouns. */
export function isPastTenseWord(word: string): boolean {
  return tagsOf(word).includes('PastTense');
}

/** "posted", "seen": a past tense or past participle, which may open a modifier after a noun ("the memo seen by Reuters"). */
export function isPastParticipleWord(word: string): boolean {
  return tagsOf(word).some((t) => t === 'PastTense' || t === 'Participle');
}

function isGerund(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && tags.every((t) => t === 'Gerund');
}

/** A person noun by the lexicon ("commissioner", "general"'s neighbours "officer", "chairman"). */
function isActorWord(word: string): boolean {
  return tagsOf(word).includes('Actor');
}

/** What the oracle asks of the paragraph's lexicon, by token index. */
export interface TokenClasses {
  isRoleAt(i: number): boolean;
  isDeterminerAt(i: number): boolean;
  isCueAt(i: number): boolean;
  /** A conjunction or clause opener ("and", "But", "Still,"), after which a noun phrase may begin. */
  isOpenerAt(i: number): boolean;
}

/**
 * A predicate over a paragraph's token indexes, for phrases.ts. A word the lexicon knows only as a
 * verb ("network", "tax", "delegate") is a noun after a determiner ("the network"), right before a
 * role or person noun ("tax commissioner"), between a modifier and a reporting verb ("a California
 * delegate said") or a name ("Florida delegate John Archer"), where a verb cannot stand. A gerund
 * is a noun after a determiner ("another ranking says") unless it takes an object, and opening a phrase before a plural or a
 * person noun ("but hacking specialists say"); elsewhere it is a verb ("after meeting officials").
 */
export function englishNominalOracle(tokens: readonly Token[], classes: TokenClasses): (i: number) => boolean {
  const { isRoleAt, isDeterminerAt, isCueAt, isOpenerAt } = classes;
  return (i: number) => {
    const tok = tokens[i];
    if (tok === undefined || !tok.isWord) return false;
    if (isNominalWord(tok.lower)) return true;
    const next = tokens[i + 1];
    const beforeNoun = next !== undefined && next.isWord && !next.isCapitalized && (isActorWord(next.lower) || isRoleAt(i + 1) || tagsOf(next.lower).includes('Plural'));
    // "listing the facts": a gerund before a determiner takes an object, as a verb does.
    if (isGerund(tok.lower)) return (i > 0 && isDeterminerAt(i - 1) && !isDeterminerAt(i + 1)) || (beforeNoun && (i === 0 || !tokens[i - 1]!.isWord || isOpenerAt(i - 1)));
    if (!isVerbOnly(tok.lower)) return false;
    if (i > 0 && isDeterminerAt(i - 1)) return true;
    // "exit polls", "rights advocates": a verb form before a plural noun modifies it.
    if (beforeNoun) return true;
    const before = tokens[i - 1];
    // "Florida delegate John Archer": between a capitalised modifier and a name, a title.
    if (before?.isCapitalized && before.isWord && next?.isCapitalized && next.isWord && tagsOf(tok.lower).includes('Infinitive')) return true;
    // "civil rights group", "a major arms deal": a plural between an adjective and a noun is a noun too.
    const adjective = before !== undefined && before.isWord && tagsOf(before.lower).includes('Adjective');
    if (adjective && /s$/.test(tok.lower) && next !== undefined && next.isWord && !next.isCapitalized && isNominalWord(next.lower)) return true;
    return before !== undefined && before.isWord && (before.isCapitalized || isNominalWord(before.lower)) && isCueAt(i + 1) && tagsOf(tok.lower).includes('Infinitive');
  };
}
