import type { Lexicon, SharedLexicon } from './lexicon.ts';
import { isPastParticipleWord } from './tagger.ts';
import type { Token } from './tokens.ts';

// Speaker phrases ("Juru Bicara Kementerian Pertahanan Rusia Mayjen Igor Konashenkov",
// "White House press secretary Karoline Leavitt", "he", "U.S. officials") found next to a cue.
// Only lexicon lists decide which words may stand in one, so the code serves every language.

export interface PhraseMatch {
  /** Token indexes, `[from, to)`. */
  from: number;
  to: number;
  kind: 'pronoun' | 'phrase';
}

export interface PhraseContext {
  tokens: readonly Token[];
  words: readonly string[];
  lexicon: Lexicon;
  shared: SharedLexicon;
  /** Whether a lower-case word the lexicon does not know is a noun or adjective here (English, via compromise). */
  isNominal: ((i: number) => boolean) | null;
}

export function contextOf(tokens: readonly Token[], lexicon: Lexicon, shared: SharedLexicon, isNominal: ((i: number) => boolean) | null = null): PhraseContext {
  return { tokens, words: tokens.map((t) => t.lower), lexicon, shared, isNominal };
}

const MAX_PHRASE = 14;

/** How many tokens at `i` belong to a speaker phrase as one unit (a title "Gen." or "Lt. Col.", a role "juru bicara"). */
function unitAt(ctx: PhraseContext, i: number): number {
  const { tokens, words, lexicon, shared } = ctx;
  const tok = tokens[i];
  if (!tok) return 0;
  const title = lexicon.titles.matchAt(words, i);
  if (title > 0) return title;
  const role = lexicon.roleHeads.matchAt(words, i);
  if (role > 0) return role;
  const outlet = shared.outletNames.matchAt(words, i);
  if (outlet > 0 && tokens[i]!.isCapitalized) return outlet;
  if (!tok.isWord) {
    // Initials and abbreviations keep their dot ("U.S.", "Gen."); a hyphen or ampersand joins names.
    const prev = tokens[i - 1];
    if (tok.text === '.' && prev && prev.end === tok.start && (lexicon.abbreviations.has(prev.lower) || /^\p{Lu}$/u.test(prev.text) || prev.text.includes('.'))) return 1;
    // A spaced hyphen is a dash ("… IN OTHER STATES - Michael P. McDonald:"), which joins nothing.
    const glued = prev !== undefined && prev.end === tok.start && tokens[i + 1]?.start === tok.end;
    if ((tok.text === '&' || ((tok.text === '-' || tok.text === '/') && glued)) && tokens[i + 1]?.isCapitalized) return 1;
    // "47% say": a percentage.
    if (tok.text === '%' && prev && prev.end === tok.start && /^\p{N}/u.test(prev.text)) return 1;
    return 0;
  }
  if (joinsNames(ctx, i)) return 1;
  if (lexicon.speakerStops.has(tok.lower) && !tok.isCapitalized) {
    // "this source said": a demonstrative opening a phrase with its noun ("this week" is a time).
    const next = tokens[i + 1];
    const noun = next !== undefined && next.isWord && !lexicon.timeWords.has(next.lower) && ctx.isNominal?.(i + 1) === true;
    return lexicon.definiteWords.has(tok.lower) && noun ? 1 : 0;
  }
  // "When", "But", "Namun" open a sentence capitalised; they never begin a name.
  if (lexicon.subordinators.has(tok.lower) || lexicon.clauseOpeners.matchAt(ctx.words, i) > 0) return 0;
  if (tok.isCapitalized) return 1;
  if (lexicon.roleWords.has(tok.lower) || lexicon.articles.has(tok.lower)) {
    // "the then secretary" holds "then"; "Beck then adopted" does not.
    const next = tokens[i + 1];
    const modifies = next !== undefined && (next.isCapitalized || lexicon.roleWords.has(next.lower) || lexicon.roleHeads.matchAt(words, i + 1) > 0);
    return lexicon.timeWords.has(tok.lower) && !modifies ? 0 : 1;
  }
  if (/[’']s$/.test(tok.lower)) return 1;
  // "the report", "a claim": after a determiner a cue word is a noun.
  const determined = i > 0 && (lexicon.articles.has(words[i - 1]!) || lexicon.prenominals.has(words[i - 1]!));
  if (lexicon.timeWords.has(tok.lower) || (lexicon.reportingVerbs.matchAt(ctx.words, i) > 0 && !determined)) return 0;
  // "Six in 10 say", "75 percent of voters": numbers in a speaker phrase, where word classes are known.
  if (ctx.isNominal && /^\p{N}/u.test(tok.text)) return 1;
  // Where they are not, the word after an indefinite one is its noun ("seorang penyumbang", "salah satu warga").
  if (!ctx.isNominal) return i > 0 && lexicon.indefiniteWords.has(words[i - 1]!) ? 1 : 0;
  return ctx.isNominal(i) ? 1 : 0;
}

/**
 * "Kementerian Kelautan dan Perikanan": in Indonesian, organisation names join capitalised words
 * with "dan". (English "X and Y said" names two speakers, so English keeps "and" as a boundary.)
 */
function joinsNames(ctx: PhraseContext, i: number): boolean {
  const { tokens, lexicon } = ctx;
  return lexicon.lang === 'id' && ctx.words[i] === 'dan' && tokens[i - 1]?.isCapitalized === true && tokens[i + 1]?.isCapitalized === true;
}

/** The speaker phrase that starts at token `i` and runs right ("kata Juru Bicara … Konashenkov saat …"). */
export function phraseRightOf(ctx: PhraseContext, i: number): PhraseMatch | null {
  const { tokens, lexicon } = ctx;
  const first = tokens[i];
  if (!first || !first.isWord) return null;
  const pronoun = pronounOf(first.lower, lexicon);
  if (pronoun) return { from: i, to: i + 1, kind: 'pronoun' };
  let j = i;
  while (j < tokens.length && j - i < MAX_PHRASE) {
    // Lower-case stop words end a phrase ("saat", "on", "kepada"); capitalised ones are names ("Di" at a sentence start is not reached here).
    if (lexicon.speakerStops.has(ctx.words[j]!) && j > i && !tokens[j]!.isCapitalized && !joinsNames(ctx, j)) break;
    const n = unitAt(ctx, j);
    if (n === 0) break;
    j += n;
  }
  return trimPhrase(ctx, i, j);
}

/** The speaker phrase that ends just before token `end` and runs left ("… Konashenkov menyebutkan"). */
export function phraseLeftOf(ctx: PhraseContext, end: number, floor = 0): PhraseMatch | null {
  const { tokens, lexicon } = ctx;
  const last = tokens[end - 1];
  if (!last || end - 1 < floor) return null;
  const pronoun = pronounOf(last.lower, lexicon);
  if (pronoun && last.isWord) return { from: end - 1, to: end, kind: 'pronoun' };
  let i = end;
  while (i > floor && end - i < MAX_PHRASE) {
    const k = i - 1;
    if (lexicon.speakerStops.has(ctx.words[k]!) && !tokens[k]!.isCapitalized && !joinsNames(ctx, k)) break;
    if (unitAt(ctx, k) === 0) {
      // A multi-word unit may end here ("juru bicara", "Lt. Col.").
      const roleEnd = lexicon.roleHeads.matchEndingAt(ctx.words, k) || lexicon.titles.matchEndingAt(ctx.words, k);
      if (roleEnd === 0) break;
      i = k - roleEnd + 1;
      continue;
    }
    i = k;
  }
  // A clause opener or focus word at the phrase start ("But", "Namun", "Even") is not part of the speaker.
  while (i < end) {
    const opener = openerAt(lexicon, ctx.words, i);
    if (opener === 0) break;
    i += opener;
  }
  return trimPhrase(ctx, i, end);
}

/** How many words at `i` open a clause without belonging to its subject: "But", "Namun", "Still", "Even". */
export function openerAt(lexicon: Lexicon, words: readonly string[], i: number): number {
  return lexicon.clauseOpeners.matchAt(words, i) || (lexicon.focusWords.has(words[i] ?? '') ? 1 : 0);
}

function trimPhrase(ctx: PhraseContext, from: number, to: number): PhraseMatch | null {
  const { tokens, lexicon } = ctx;
  // Leading and trailing glue words are never the edge of a name, nor is a trailing "of" or "dari".
  const trailing = (w: string) => lexicon.phraseGlue.has(w) || lexicon.affiliationWords.has(w) || w === '&' || w === '-';
  while (to > from && ((!tokens[to - 1]!.isWord && tokens[to - 1]!.text !== '.' && tokens[to - 1]!.text !== '%') || trailing(ctx.words[to - 1]!))) to--;
  // A preposition opening a sentence ("From pointing out …") is capitalised, not a name.
  while (from < to && tokens[from]!.isWord && (lexicon.phraseGlue.has(ctx.words[from]!) || (tokens[from]!.isCapitalized && lexicon.prepositions.has(ctx.words[from]!)))) from++;
  if (to <= from || lexicon.questionWords.has(ctx.words[from]!)) return null;
  // "There is …", "There’s probably a middle ground …": an expletive holds the subject's place.
  if (lexicon.expletives.has(ctx.words[from]!.replace(/[’']s$/, ''))) return null;
  const hasContent = tokens.slice(from, to).some((t) => t.isWord && !lexicon.articles.has(t.lower));
  if (!hasContent) return null;
  return { from, to, kind: 'phrase' };
}

/** True when the phrase is an outlet ("the Post", "kantor berita AFP", "The Wall Street Journal"). */
export function outletIn(ctx: PhraseContext, from: number, to: number): { name: string; from: number; to: number } | null {
  const { words, shared } = ctx;
  for (let i = from; i < to; i++) {
    const n = shared.outletNames.matchAt(words, i);
    if (n > 0 && i + n <= to) {
      // Take "the" in front when the alias includes it ("the Post").
      const alias = words.slice(i, i + n).join(' ');
      const name = shared.outlets.get(alias) ?? shared.outlets.get(`the ${alias}`) ?? alias;
      return { name, from: i, to: i + n };
    }
  }
  return null;
}

/** "he", and contracted forms such as "I'll" or "she’d". */
export function pronounOf(word: string, lexicon: Lexicon): 'person' | 'organization' | 'unknown' | undefined {
  return lexicon.pronouns.get(word) ?? lexicon.pronouns.get(word.replace(/[’'](ll|d|s|re|ve|m)$/, ''));
}

/**
 * A modifier after a subject's noun that opens with a lexicon phrase ("familiar with", "close to") or
 * a passive participle and its agent ("seen by", "compiled by"): its length in words at `k`, else 0.
 * A past tense before any other preposition is as often the clause's own verb ("voted for", "pointed to").
 */
export function modifierAt(words: readonly string[], tokens: readonly Token[], k: number, lexicon: Lexicon): number {
  const phrase = lexicon.subjectPostModifiers.matchAt(words, k);
  if (phrase > 0) return phrase;
  const word = words[k];
  const suffix = lexicon.modifierParticipleSuffix;
  if (word === undefined || suffix === '' || tokens[k]?.isCapitalized) return 0;
  const participle = word.endsWith(suffix) || (lexicon.lang === 'en' && isPastParticipleWord(word));
  return participle && lexicon.agentPrepositions.has(words[k + 1] ?? '') ? 2 : 0;
}
