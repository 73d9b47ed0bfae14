import type { Paragraph } from './02-segment.ts';
import type { Quote } from './04-quotes.ts';
import type { FrameTemplate, Lexicon, SharedLexicon } from './lexicon.ts';
import { contextOf, openerAt, outletIn, phraseLeftOf, phraseRightOf, pronounOf, type PhraseContext, type PhraseMatch } from './phrases.ts';
import { lowerBound, RangeIndex } from './ranges.ts';
import { englishNominalOracle, isModifierWord, isNominalWord, isPastParticipleWord, isPastTenseWord } from './tagger.ts';
import type { AttributionKind } from './types.ts';

// Reading one paragraph's tokens for attribution frames: reporting verbs where the lexicon allows
// them, speaker phrases and their appositives, clause and content boundaries, relays and templates.
// 05-cues.ts assembles frames from these pieces.

export interface Range {
  start: number;
  end: number;
}

export interface MentionRef extends Range {
  kind: 'pronoun' | 'clitic' | 'phrase';
}

export interface RelayRef extends Range {
  /** Canonical outlet name when the lexicon knows it. */
  outlet: string | null;
  cue: Range | null;
  /** False for a relay tied to one statement ("CNN quoted X as saying …"), which does not cover the speaker's other statements. */
  spreads?: boolean;
}

export interface Frame {
  kind: AttributionKind;
  content: Range[];
  cue: Range | null;
  mention: MentionRef | null;
  relays: RelayRef[];
  paragraph: number;
  rule: string;
  confidence: number;
  /** "he added", "katanya menambahkan": the speaker goes on. */
  continuation: boolean;
  /** Index of the frame whose quotation this one sits inside. */
  parent: number | null;
}

export interface Verb {
  from: number;
  to: number;
  clitic: boolean;
  continuation: boolean;
}

export type Position = 'before-speaker' | 'after-speaker';

export const TERMINAL = new Set(['.', '!', '?']);
/** Conjunctions that join a second verb of the same subject ("… and said …", "… namun menegaskan …"). */
export const COORDINATORS = /^(but|and|dan|namun|tetapi|serta)$/;
const MAX_CLAUSE = 80;
/** Leads of time, place or manner that may open a sentence before its subject, one after another. */
const MAX_LEADS = 3;
const DASHES = /^(—|–|--)$/;
/** Text tokenised with spaces around every mark, as PFSA-ID's is ("kata Roland , …"). */
const SPACED_PUNCTUATION = /\p{L} [,.] /u;
export const QUOTE_MARKS = /^["“”„‟«»‹›「」″＂'‘’]$/;

export class CueReader {
  protected readonly ctx: PhraseContext;
  protected readonly tokenAt: (offset: number) => number;
  protected readonly quoteInteriors: RangeIndex;
  /** A headline in title case ("Trump Says He Never Pledged …"): its capitalised cue words are verbs. */
  protected readonly titleCase: boolean;
  /** Every mark set apart with spaces ("kata Roland , …"): a spaced hyphen is then no dash. */
  private readonly spacedPunctuation: boolean;
  /** Tokens inside a set phrase that reports nothing ("That said, …", "needless to say"). */
  private readonly inIdiom: ReadonlySet<number>;

  constructor(
    protected readonly p: Paragraph,
    protected readonly quotes: readonly Quote[],
    protected readonly lexicon: Lexicon,
    protected readonly shared: SharedLexicon,
  ) {
    const words = p.tokens.map((t) => t.lower);
    // Role heads only: roleWords also holds determiners ("its spokesman").
    const isRoleAt = (i: number) => lexicon.roleHeads.matchAt(words, i) > 0;
    const isDeterminerAt = (i: number) => lexicon.articles.has(words[i] ?? '') || lexicon.prenominals.has(words[i] ?? '') || /[’']s$|^(one|two|three|four|five|six|seven|eight|nine|ten|\p{N}+)$/u.test(words[i] ?? '');
    const isCueAt = (i: number) => lexicon.reportingVerbs.matchAt(words, i) > 0;
    const isOpenerAt = (i: number) => COORDINATORS.test(words[i] ?? '') || lexicon.clauseOpeners.matchAt(words, i) > 0;
    const oracle = lexicon.lang === 'en' ? englishNominalOracle(p.tokens, { isRoleAt, isDeterminerAt, isCueAt, isOpenerAt }) : null;
    this.ctx = contextOf(p.tokens, lexicon, shared, oracle);
    this.quoteInteriors = new RangeIndex(quotes.map((q) => ({ start: q.open + 1, end: q.close })));
    const long = p.tokens.filter((t) => t.isWord && t.text.length >= 4);
    this.titleCase = long.length >= 4 && long.filter((t) => t.isCapitalized).length >= 0.8 * long.length;
    this.spacedPunctuation = SPACED_PUNCTUATION.test(p.text);
    const inIdiom = new Set<number>();
    // Set apart from the clause ("That said, …", "(Having said that, …"), not a relative ("a message that said, …").
    const setApart = (i: number) => i === 0 || !p.tokens[i - 1]!.isWord;
    for (let i = 0; i < words.length; i++) for (let n = setApart(i) ? lexicon.idioms.matchAt(words, i) : 0; n > 0; n--) inIdiom.add(i + n - 1);
    this.inIdiom = inIdiom;
    // Index of the first token starting at or after `offset` (binary search: tokens are in order).
    this.tokenAt = (offset: number) => lowerBound(p.tokens.length, (i) => p.tokens[i]!.start < offset);
  }
  protected isAbbreviation(t: { lower: string; text: string }): boolean {
    // "Gen.", "J.", and dotted initialisms ("D-N.C.", "U.S.") keep their final dot.
    return this.lexicon.abbreviations.has(t.lower) || /^\p{Lu}$/u.test(t.text) || /^[\p{L}-]*\p{Lu}\.\p{Lu}$/u.test(t.text);
  }

  // ---- direct quotations -------------------------------------------------------------

  protected onlyPunctuationBetween(from: number, to: number, allowComma: boolean): boolean {
    if (to < from) return false;
    return this.p.tokens.every((t) => t.end <= from || t.start >= to || (!t.isWord && (allowComma || t.text !== ',')));
  }

  /** Past a short parenthetical right after a name: "Rep. Gwen Moore (D-Wis.) said". */
  protected skipParenthetical(k: number): number {
    const tokens = this.p.tokens;
    if (tokens[k]?.text !== '(') return k;
    for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) if (tokens[j]!.text === ')') return j + 1;
    return k;
  }

  /** The start of a parenthetical "(D-Md.)" or "— including Muslims and Jews —" that ends just before token k, or k. */
  protected skipParentheticalLeft(k: number, floor: number): number {
    const tokens = this.p.tokens;
    if (k > 0 && this.isDash(k - 1)) {
      for (let j = k - 2; j >= Math.max(floor, k - 16); j--) if (this.isDash(j)) return j;
      return k;
    }
    if (tokens[k - 1]?.text !== ')') return k;
    for (let j = k - 2; j >= Math.max(floor, k - 8); j--) if (tokens[j]!.text === '(') return j;
    return k;
  }

  protected sentenceEnd(i: number, limit: number): number {
    for (let k = i; k < limit; k++) if (this.endsSentence(k)) return k;
    return limit;
  }

  /** Where the sentence holding token i starts, looking no further back than `floor`. */
  protected sentenceStartBefore(i: number, floor: number): number {
    for (let k = i - 1; k >= floor; k--) if (this.endsSentence(k)) return k + 1;
    return floor;
  }

  /** Token k is a terminal mark that does not close an abbreviation, nor stands before a comma ("Sen. Ron Johnson, R-Wis., said"). */
  protected endsSentence(k: number): boolean {
    const t = this.p.tokens[k];
    if (t === undefined || !TERMINAL.has(t.text) || this.isAbbreviation(this.p.tokens[k - 1] ?? { lower: '', text: '' })) return false;
    return !(t.text === '.' && /^[,;]$/.test(this.p.tokens[k + 1]?.text ?? ''));
  }

  /** "saying", "arguing": participles never invert with their speaker and open no clause of their own. */
  protected isParticiple(word: string): boolean {
    const suffix = this.lexicon.participleSuffix;
    return suffix !== '' && word.endsWith(suffix);
  }

  /** Past time words ("on Friday", "kemarin") from token k. */
  protected skipTimeWords(k: number, end: number): number {
    while (k < end && this.lexicon.timeWords.has(this.ctx.words[k]!)) k++;
    return k;
  }

  // ---- reported speech -----------------------------------------------------------------

  /** "…, the Washington Post reported on Sunday, citing four people": the reporter before "citing" is a relay. */
  protected citingRelay(verb: number, comma: number, from: number): RelayRef[] {
    if (!this.lexicon.citingVerbs.has(this.ctx.words[verb]!)) return [];
    let k = this.skipAuxLeft(comma, from);
    const v = this.verbAt(k - 1, 'after-speaker', false);
    if (!v) return [];
    k = this.skipAuxLeft(k - 1, from);
    const np = phraseLeftOf(this.ctx, k, from);
    if (!np || np.kind === 'pronoun') return [];
    const outlet = outletIn(this.ctx, np.from, np.to);
    return [{ ...this.rangeOf(np.from, np.to), outlet: outlet?.name ?? null, cue: this.rangeOf(v.from, v.to), spreads: false }];
  }

  /** "juru bicara Departemen Luar Negeri, Victoria Nuland," — a role phrase followed by the name in apposition. */
  protected appositiveName(np: PhraseMatch): PhraseMatch | null {
    const tokens = this.p.tokens;
    if (tokens[np.to]?.text !== ',' || tokens.slice(np.from, np.to).filter((t) => t.isCapitalized).length > 3) return null;
    const name = phraseRightOf(this.ctx, np.to + 1);
    if (!name || name.kind !== 'phrase') return null;
    // "John J. Ferriola": an initial's dot is part of the name.
    const names = tokens.slice(name.from, name.to).filter((t) => t.isWord);
    const after = tokens[name.to];
    const personLike = names.length >= 2 && names.length <= 4 && names.every((t) => t.isCapitalized);
    // The mention keeps the role: "juru bicara …, Victoria Nuland" names her and what she is.
    return personLike && (!after || after.text === ',' || TERMINAL.has(after.text)) ? { from: np.from, to: name.to, kind: 'phrase' } : null;
  }

  /**
   * The subject when it starts the clause, taking in a modifier before the phrase found
   * ("An earlier report in a New Hampshire paper said", "Twenty-four percent said"): only noun-phrase words and
   * prepositions between, no verb.
   */
  protected extendSubjectLeft(np: PhraseMatch, clauseStart: number): PhraseMatch | null {
    if (np.from === clauseStart) return np;
    // "At the town hall this week she said …": a pronoun after a lead of time or place is the whole subject.
    if (np.kind === 'pronoun') {
      const lead = this.ctx.words[clauseStart]!;
      const before = this.ctx.words[np.from - 1]!;
      return this.lexicon.prepositions.has(lead) && (this.lexicon.timeWords.has(before) || this.ctx.isNominal?.(np.from - 1) === true) ? np : null;
    }
    // "Still, even Mr. Slinker says", "Politicians and even some technologists say": a focus word is no part of the name.
    let start = clauseStart;
    while (start < np.from && this.lexicon.focusWords.has(this.ctx.words[start]!)) start++;
    if (start === np.from) return np;
    // "In his 104-page disclosure report, …", "On a more conciliatory note, Cameron …", "especially in
    // caucus states": a phrase opening with a preposition is a lead of place, time or circumstance, and
    // the subject starts after its comma ("In a conference call, Col. Steven H. Warren, …"); "At least
    // half", "About four in 10" are quantities.
    if (this.opensLead(start) && this.lexicon.quantityLeads.matchAt(this.ctx.words, start) === 0) {
      while (start < np.from && this.p.tokens[start]!.text !== ',') start++;
      if (start === np.from) return null;
      start++;
      if (start === np.from) return np;
    }
    if (np.from - start > 8) return null;
    for (let k = start; k < np.from; k++) {
      const t = this.p.tokens[k]!;
      const w = t.lower;
      if (this.lexicon.focusWords.has(w)) continue;
      const nounish = t.isCapitalized || this.lexicon.articles.has(w) || this.lexicon.prenominals.has(w) || this.lexicon.roleWords.has(w) || /^\p{N}/u.test(w) || this.ctx.isNominal?.(k) === true;
      // "The former first lady and U.S. senator": a coordinated noun phrase.
      const preposition = this.lexicon.subjectPrepositions.has(w) || (this.lexicon.phraseGlue.has(w) && k > start);
      // "Mr. Grassley and Mr. Leahy say": a dot may close a title.
      const titleDot = t.text === '.' && this.isAbbreviation(this.p.tokens[k - 1] ?? { lower: '', text: '' });
      if (!t.isWord && !/^[’'-]$/.test(t.text) && !titleDot) return null;
      if (!t.isWord) continue;
      // "that report" is a determiner and its noun; "self-described" a modifier, not a verb; so is a
      // participle before a noun ("registered voters", "elected officials").
      const determiner = this.lexicon.prenominals.has(w) && this.ctx.isNominal?.(k + 1) === true;
      const compound = this.p.tokens[k - 1]?.text === '-' && this.p.tokens[k - 1]!.end === t.start;
      const modifier = !t.isCapitalized && /ed$/.test(w) && this.ctx.isNominal?.(k + 1) === true && !this.verbAt(k, 'after-speaker', false);
      if ((this.verbAt(k, 'after-speaker', false) && !compound) || (this.lexicon.complementizers.has(w) && !determiner) || this.lexicon.auxiliaries.has(w) || this.lexicon.pronouns.has(w) || this.lexicon.accordingTo.matchAt(this.ctx.words, k) > 0) return null;
      if (!nounish && !preposition && !compound && !modifier) return null;
    }
    return { from: start, to: np.to, kind: 'phrase' };
  }

  /** The noun phrase opening the sentence, when a finite clause follows it before token i. */
  protected sentenceSubject(from: number, i: number): MentionRef | null {
    let start = this.afterOpeners(from, i);
    // "And then Trump went on the attack": a time word standing alone before the subject.
    if (this.lexicon.timeWords.has(this.ctx.words[start]!) && this.p.tokens[start + 1]?.isCapitalized === true) start++;
    // "In a fiery takedown of the businessman, Clinton accused …", "Hours later, Trump …": the subject follows a lead of place, time or manner.
    // "On Thursday, after remaining neutral …, Warren appeared": leads may follow one another.
    for (let leads = 0; leads < MAX_LEADS; leads++) {
      let comma = start;
      while (comma < i && this.p.tokens[comma]!.text !== ',') comma++;
      const endsInTime = comma < i && comma - start <= 4 && this.lexicon.timeWords.has(this.ctx.words[comma - 1]!);
      // "When asked whom she supported, Ms. Sherry smiled and said": an adverbial clause may lead too.
      const subordinate = this.lexicon.adverbialSubordinators.has(this.ctx.words[start]!);
      // "There, the district GOP chairman … said": a place word set off by a comma.
      const place = comma === start + 1 && this.lexicon.expletives.has(this.ctx.words[start]!);
      if (!subordinate && !place && !this.lexicon.prepositions.has(this.ctx.words[start]!) && !this.lexicon.timeWords.has(this.ctx.words[start]!) && !endsInTime) break;
      if (comma >= i - 1 || (!endsInTime && !subordinate && !place && !this.isAdverbialLead(start, comma, 14))) return null;
      start = comma + 1;
    }
    const np = phraseRightOf(this.ctx, start);
    // A finite clause follows: more than one word, or one that is no noun ("Ms. Sherry smiled and said").
    const oneVerb = np !== null && np.to === i - 1 && this.ctx.isNominal?.(np.to) === false;
    if (!np || (np.to >= i - 1 && !oneVerb)) return null;
    return this.mentionOf(np);
  }

  /** A preposition at k, so a lead of time, place or manner ("In October", "On a more conciliatory note"); "about four in 10" is a quantity. */
  protected opensLead(k: number): boolean {
    const word = this.ctx.words[k] ?? '';
    return this.lexicon.prepositions.has(word) && !this.lexicon.prenominals.has(word);
  }

  /** The first token from `from` that is not a clause opener ("But", "Sementara itu,") or punctuation after one. */
  protected afterOpeners(from: number, limit: number): number {
    for (let n = openerAt(this.lexicon, this.ctx.words, from); n > 0; n = openerAt(this.lexicon, this.ctx.words, from)) {
      from += n;
      while (from < limit && !this.p.tokens[from]!.isWord) from++;
    }
    return from;
  }

  /**
   * A dash, or a hyphen standing between spaces as one ("were high - 60 percent said"), unless the
   * text sets every mark apart with spaces ("Covid - 19 , kata …").
   */
  protected isDash(k: number): boolean {
    const t = this.p.tokens[k]!;
    if (DASHES.test(t.text)) return true;
    const spaced = (this.p.tokens[k - 1]?.end ?? -1) < t.start && (this.p.tokens[k + 1]?.start ?? Infinity) > t.end;
    return t.text === '-' && spaced && !this.spacedPunctuation;
  }

  /** A relay closing the sentence after a comma: ", according to X", ", as reported by X", ", seperti dikutip X". */
  protected trailingRelay(from: number, end: number): { comma: number; relay: RelayRef } | null {
    for (let k = end - 2; k > from; k--) {
      if (this.p.tokens[k]!.text !== ',') continue;
      // "…, in a statement carried by SANA", "…, dalam pernyataan yang disiarkan kantor berita SANA".
      const cueFrom = this.afterChannel(k + 1);
      const n = this.lexicon.accordingTo.matchAt(this.ctx.words, cueFrom) || this.lexicon.relayCues.matchAt(this.ctx.words, cueFrom);
      if (n === 0) return null;
      const np = this.outletPhraseAt(cueFrom + n);
      if (!np || np.kind !== 'phrase' || np.to < end - 1) return null;
      const outlet = outletIn(this.ctx, np.from, np.to);
      if (cueFrom > k + 1 && !outlet && !this.isOutletLike(np)) return null;
      return { comma: k, relay: { ...this.rangeOf(np.from, np.to), outlet: outlet?.name ?? null, cue: this.rangeOf(k + 1, cueFrom + n) } };
    }
    return null;
  }

  /** Past a channel that a relay carried, at token k ("in a statement", "dalam pernyataan yang"); else k. */
  protected afterChannel(k: number): number {
    const words = this.ctx.words;
    if (!this.lexicon.channelPrepositions.has(words[k] ?? '')) return k;
    let j = k + 1;
    while (this.lexicon.articles.has(words[j] ?? '')) j++;
    const channel = this.lexicon.channelWords.matchAt(words, j);
    if (channel === 0) return k;
    j += channel;
    if (this.lexicon.relativePronouns.has(words[j] ?? '') || this.lexicon.complementizers.has(words[j] ?? '')) j++;
    while (this.lexicon.passiveAuxiliaries.has(words[j] ?? '')) j++;
    return j;
  }

  /**
   * "Süleyman Kamçı, the governor of Kayseri, said …", "Seorang pejabat …, yang enggan namanya dipublikasikan, mengkonfirmasi …":
   * the speaker stands before a parenthetical set off by commas.
   */
  protected appositiveSubject(verbStart: number, from: number): PhraseMatch | null {
    const tokens = this.p.tokens;
    const close = verbStart - 1;
    if (tokens[close]?.text !== ',') return null;
    // The parenthetical may hold commas of its own ("a salesman from Sumter, South Carolina,"): try each
    // opening comma, the farthest first, so the subject is the phrase the sentence opens with.
    for (let open = Math.max(from + 1, close - 30); open <= close - 2; open++) {
      if (tokens[open]!.text !== ',') continue;
      const np = this.appositiveAt(open, close, from);
      if (np) return np;
    }
    return null;
  }

  protected appositiveAt(open: number, close: number, from: number): PhraseMatch | null {
    const tokens = this.p.tokens;
    // "Sanders, meanwhile, who sits at zero endorsements, said": a sentence adverb set off before the description.
    const opener = this.lexicon.clauseOpeners.matchAt(this.ctx.words, open + 1) || (this.lexicon.adverb?.test(this.ctx.words[open + 1] ?? '') ? 1 : 0);
    const middleStart = opener > 0 && tokens[open + 1 + opener]?.text === ',' && open + opener + 2 < close ? open + opener + 2 : open + 1;
    const middle = phraseRightOf(this.ctx, middleStart);
    const relative = /^(who|which|yang|whose|who[’']s)$/.test(this.ctx.words[middleStart]!);
    // A noun phrase ("the governor of Kayseri", "a former senior Pentagon official", "now a paid CNN
    // commentator", "currently the party's chair") that reports nothing itself.
    let head = middleStart;
    const opensNoun = (k: number) => this.lexicon.articles.has(this.ctx.words[k]!) || this.lexicon.roleHeads.matchAt(this.ctx.words, k) > 0;
    if ((this.lexicon.timeWords.has(this.ctx.words[head]!) || this.lexicon.adverb?.test(this.ctx.words[head]!)) && opensNoun(head + 1)) head++;
    const first = tokens[head]!;
    // A bare noun opens one too, where word classes are known: "pastor of the church", "technology analyst at RBC".
    const bareNoun = !first.isCapitalized && this.ctx.isNominal?.(head) === true;
    const nounPhrase = (first.isCapitalized || bareNoun || this.lexicon.articles.has(first.lower) || this.lexicon.roleWords.has(first.lower) || this.lexicon.speakerStops.has(first.lower) || this.lexicon.roleHeads.matchAt(this.ctx.words, middleStart) > 0) &&
      !tokens.slice(middleStart, close).some((_, k) => this.verbAt(middleStart + k, 'after-speaker', true) !== null);
    // "Trump, speaking to a veterans group in Virginia, said …"; "Mr. Trump, asked about the deaths …,
    // had said"; "Mr. King, 82, told me"
    const passive = this.lexicon.lang === 'en' && isPastParticipleWord(first.lower) && this.lexicon.prepositions.has(this.ctx.words[middleStart + 1] ?? '');
    const participle = (this.isParticiple(first.lower) || passive) && !first.isCapitalized;
    const age = close === middleStart + 1 && /^\p{N}{1,3}$/u.test(first.text);
    // "Mr. Trump, however, said", "Officials, meanwhile, said": a sentence adverb set off by commas.
    const adverb = this.lexicon.clauseOpeners.matchAt(this.ctx.words, middleStart) === close - middleStart || (close === middleStart + 1 && this.lexicon.adverb?.test(first.lower) === true);
    // "Tester, himself up for reelection, said", "Fields, along with reporter Ben Terris, say".
    const modifier = this.lexicon.reflexives.has(first.lower) || this.lexicon.subjectPostModifiers.matchAt(this.ctx.words, middleStart) > 0;
    // "Clinton, exasperated, responded:": one word for the speaker's state.
    const state = close === middleStart + 1 && !first.isCapitalized && this.lexicon.lang === 'en' && (isPastParticipleWord(first.lower) || isModifierWord(first.lower));
    if (!relative && !nounPhrase && !participle && !age && !adverb && !modifier && !state) return null;
    // "Rep. Elijah Cummings (D-Md.), chair of …, said": the party and state stand with the name.
    const found = phraseLeftOf(this.ctx, this.skipParentheticalLeft(open, from), from);
    // "A lawyer for the news outlets, David Schulz, said": the subject may start before the phrase found.
    const np = found && found.kind !== 'pronoun' ? this.extendSubjectLeft(found, this.clauseStart(from, found.from)) : null;
    if (!np) return null;
    // "After the vote, Roberta Lange, the party chairwoman, said", "And on Tuesday, Kevin Brady, …, said",
    // "In October, Mr. Paulson, who …, told": a phrase opening with a preposition, or after one that
    // opens the sentence, is a lead of time or place, not the subject; the subject follows the next comma.
    if (this.opensLead(np.from) || (np.from - 1 === from && this.opensLead(from))) return null;
    // "That same department spokesman, Lieutenant Colonel Joseph Yoswa, says", "Peneliti Pusat Penelitian …
    // Indonesia, Ranny Rastati, menuturkan": a role before a name in apposition; the mention holds both.
    const capitalized = (m: PhraseMatch) => this.p.tokens.slice(m.from, m.to).filter((t, k) => t.isCapitalized && (k > 0 || m.from !== from)).length;
    if (middle && middle.to === close && this.isPersonalName(middle) && (capitalized(np) === 0 ? capitalized(middle) >= 2 : this.holdsRole(np))) {
      return { from: np.from, to: middle.to, kind: 'phrase' };
    }
    return np;
  }

  /**
   * The words that must follow a verb for it to report a claim: "as" after naming ("described Iran
   * as the greatest danger"), "of" after accusing ("accused Clinton of …"); null for other verbs.
   */
  protected claimMarkers(verb: string): ReadonlySet<string> | null {
    if (this.lexicon.namingVerbs.has(verb)) return this.lexicon.asWords;
    if (this.lexicon.accusationVerbs.has(verb)) return this.lexicon.accusationWords;
    return null;
  }

  /** One to four capitalised words (titles and initials allowed), none of them a day or month. */
  protected isProperName(m: PhraseMatch): boolean {
    const tokens = this.p.tokens.slice(m.from, m.to);
    const words = tokens.filter((t) => t.isWord);
    return words.length > 0 && words.length <= 4 && tokens.every((t) => t.isCapitalized || t.text === '.') && !words.some((t) => this.lexicon.timeWords.has(t.lower));
  }

  /** A proper name that names no place, organisation, outlet or role. */
  private isPersonalName(m: PhraseMatch): boolean {
    if (!this.isProperName(m)) return false;
    const tokens = this.p.tokens.slice(m.from, m.to);
    const at = (k: number) => [this.shared.places, this.shared.outletNames, this.lexicon.orgHeads, this.lexicon.roleHeads].some((list) => list.matchAt(this.ctx.words, k) > 0);
    return !tokens.some((_, k) => at(m.from + k));
  }

  /** A role word anywhere in the phrase ("Peneliti Pusat Penelitian …"). */
  private holdsRole(m: PhraseMatch): boolean {
    for (let k = m.from; k < m.to; k++) if (this.lexicon.roleHeads.matchAt(this.ctx.words, k) > 0) return true;
    return false;
  }

  /**
   * Where the clause holding token i starts. For a subject ('subject') a conjunction after a comma or a
   * lead of up to 14 words opens a new clause; for reported content ('content') only a short adverbial lead
   * is cut off, since coordinated verbs ("…, dan berdiskusi …, kata Nuland") belong to the same claim.
   */
  protected clauseStart(from: number, i: number, mode: 'subject' | 'content' = 'subject'): number {
    // A clause is rarely longer than this; the bound keeps run-on "sentences" linear.
    let k = Math.max(from, i - MAX_CLAUSE);
    // A sentence-initial opener ("Namun", "But", "Sementara itu,") is not part of a clause.
    for (;;) {
      const n = this.lexicon.clauseOpeners.matchAt(this.ctx.words, k);
      if (n === 0) break;
      k += n;
      if (this.p.tokens[k]?.text === ',') k++;
    }
    for (let c = i - 1; c >= k; c--) {
      const t = this.p.tokens[c]!;
      // "Frustration with police: activists say …", "… where experts say …".
      if (t.text === ':' || t.text === ';') return c + 1;
      // "(She says …)": a parenthesis still open at the verb opens the clause; a closed one ("Sen. Ted Cruz (R-Tex.) said") is passed over.
      if (mode === 'subject' && t.text === ')') {
        let open = c - 1;
        while (open >= k && this.p.tokens[open]!.text !== '(') open--;
        if (open >= k) c = open;
        continue;
      }
      if (mode === 'subject' && t.text === '(') return c + 1;
      // "… his problem — he told the AP that …": a dash opens a clause, unless it closes a pair
      // around a parenthetical ("Jason Sims — a teacher — says"), which the subject spans.
      if (mode === 'subject' && this.isDash(c)) {
        let open = c - 1;
        while (open >= k && !this.isDash(open)) open--;
        if (open < k) return c + 1 + this.lexicon.clauseOpeners.matchAt(this.ctx.words, c + 1);
        c = open;
        continue;
      }
      // A subordinate clause holds the speaker in "… where experts say …"; reported content runs
      // through it ("… workers who could leak details, a source said").
      // "has since apologized", "had once said": after an auxiliary it is an adverb.
      if (mode === 'subject' && this.lexicon.subordinators.has(t.lower) && !this.lexicon.finiteVerbs.has(this.ctx.words[c - 1] ?? '')) return c + 1;
      // ", but X said …", ", with experts saying …": a conjunction after a comma opens a clause.
      if (mode === 'subject' && c > k && this.p.tokens[c - 1]!.text === ',' && this.lexicon.clauseOpeners.matchAt(this.ctx.words, c) === 1) return c + 1;
      // "Adverbial, X said …": the clause starts after the lead.
      // A closing quote mark after the comma (“…Nation,” House Speaker …) belongs to the lead.
      if (this.p.tokens[c]!.text === ',' && this.isAdverbialLead(k, c, mode === 'subject' ? 14 : 5)) {
        let start = c + 1;
        while (start < i && QUOTE_MARKS.test(this.p.tokens[start]!.text)) start++;
        return start;
      }
    }
    return Math.min(k, i);
  }

  /** "Di sisi lain,", "On Monday,", "Kepada Elaph, surat kabar asal Arab Saudi," "According to X," — a lead that reports nothing itself. */
  protected isAdverbialLead(from: number, comma: number, maxWords: number): boolean {
    if (comma - from > maxWords && this.lexicon.accordingTo.matchAt(this.ctx.words, from) === 0) return false;
    if (comma - from > 14) return false;
    if (this.lexicon.accordingTo.matchAt(this.ctx.words, from) > 0) return true;
    for (let k = from; k < comma; k++) if (this.verbAt(k, 'after-speaker', false) || this.verbAt(k, 'before-speaker', false)) return false;
    return true;
  }

  /** The words in `[from, to)` without edge punctuation; null when fewer than `minWords` are left. */
  protected contentRange(from: number, to: number, minWords = 3): Range | null {
    const tokens = this.p.tokens;
    // A complementizer is dropped, but not a demonstrative after one ("denied that that was the case").
    const complementizer = (k: number) => this.lexicon.complementizers.has(this.ctx.words[k]!) && this.ctx.words[k - 1] !== this.ctx.words[k];
    while (from < to && ((!tokens[from]!.isWord && !QUOTE_MARKS.test(tokens[from]!.text)) || complementizer(from))) from++;
    // A closing parenthesis stays when it closes one opened in the content ("… (R-Tex.)").
    const closesOwn = (k: number) => tokens[k]!.text === ')' && tokens.slice(from, k).some((t) => t.text === '(');
    while (to > from && !tokens[to - 1]!.isWord && !(QUOTE_MARKS.test(tokens[to - 1]!.text) && tokens[to - 2]?.isWord === false) && !closesOwn(to - 1)) to--;
    while (to > from && /^[,;:]$/.test(tokens[to - 1]!.text)) to--;
    if (this.wordCount(from, to) < minWords) return null;
    return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
  }

  /** Words from token `from` to `to`, a contraction after a pronoun counting as two ("he’s unconvinced" is three). */
  protected wordCount(from: number, to: number): number {
    let n = 0;
    for (const t of this.p.tokens.slice(from, to)) {
      if (!t.isWord) continue;
      const contracted = /^(.+)[’'](s|re|ll|d|ve|m)$/.exec(t.lower);
      n += contracted && pronounOf(contracted[1]!, this.lexicon) ? 2 : 1;
    }
    return n;
  }

  protected kindOf(content: Range): AttributionKind {
    // A quotation that encloses the whole content (a nested claim) does not make it mixed.
    const overlapsQuote = this.quotes.some((q) => q.start < content.end && q.end > content.start && !(q.start <= content.start && q.end >= content.end));
    return overlapsQuote ? 'mixed' : 'indirect';
  }

  /** A reported clause: introduced by "that"/"bahwa", or at least a few words that start like a clause. */
  protected looksLikeClause(from: number, end: number, introduced: boolean): boolean {
    if (introduced) return this.wordCount(from, end) >= 2;
    if (this.wordCount(from, end) < 3) return false;
    const first = this.p.tokens[from]!;
    if (this.lexicon.lang === 'id') return true;
    // English bare clauses start with a subject or an adverbial, not with an object's preposition, a greeting or a question word.
    if (this.lexicon.nonClauseStarts.has(first.lower)) return false;
    // "said no." / "said so," — but "said no decision had been made".
    return !(/^(yes|no|so)$/.test(first.lower) && !this.p.tokens[from + 1]?.isWord);
  }

  /** After a verb: an addressee ("told reporters", "kepada wartawan") or an outlet ("told VOA"), then time words. */
  protected objectAfter(i: number, end: number): { to: number; relays: RelayRef[] } {
    const words = this.ctx.words;
    let k = i;
    const relays: RelayRef[] = [];
    const cueLen = this.lexicon.interviewCues.matchAt(words, k);
    // "told reporters", "kepada wartawan"; but "said voters want …" opens a clause with its subject.
    const told = this.lexicon.addresseeVerbs.has(words[i - 1] ?? '');
    const addressee = cueLen > 0 || told ? this.lexicon.addressees.matchAt(words, k + cueLen) : 0;
    if (addressee > 0) {
      k += cueLen + addressee;
    } else {
      const objectStart = cueLen > 0 ? k + cueLen : k;
      if (cueLen > 0 || told) {
        const np = phraseRightOf(this.ctx, objectStart);
        if (np && np.to <= end) {
          const outlet = outletIn(this.ctx, np.from, np.to);
          if (outlet || np.kind === 'phrase') {
            if (outlet) relays.push({ ...this.rangeOf(np.from, np.to), outlet: outlet.name, cue: cueLen > 0 ? this.rangeOf(k, k + cueLen) : this.rangeOf(i - 1, i) });
            k = np.to;
          }
        }
      }
    }
    return { to: k, relays };
  }

  /** Up to eight words, each capitalised, short or a number ("Meet the Press", "This Week"): a title's shape. */
  protected titleCased(q: Quote): boolean {
    if (q.wordCount > 8) return false;
    const words = this.p.tokens.slice(this.tokenAt(q.start), this.tokenAt(q.end)).filter((t) => t.isWord);
    if (!words.every((t) => t.isCapitalized || t.text.length < 4 || /^\p{N}/u.test(t.text))) return false;
    // "Lock her up!": short words after one capital make a sentence, not a title.
    return q.wordCount <= 1 || words.filter((t) => t.isCapitalized).length >= 2;
  }

  /**
   * Where the reported clause starts after the verb: after "that"/"bahwa" when only an adverbial
   * stands between ("said on Monday that", "said in a statement that"), else right after the verb.
   */
  protected afterComplementizer(i: number, end: number): number {
    const first = this.ctx.words[i] ?? '';
    const adverbial = this.lexicon.prepositions.has(first) || this.lexicon.speakerStops.has(first) || this.lexicon.timeWords.has(first) || this.lexicon.auxiliaries.has(first) || first === ',';
    const reach = this.lexicon.complementizers.has(first) ? 1 : adverbial ? 12 : 0;
    for (let k = i; k < Math.min(end, i + reach); k++) {
      if (this.lexicon.complementizers.has(this.ctx.words[k]!)) return k + 1;
      // "said on ABC's “This Week” that …": a programme's title is part of the adverbial.
      const title = this.quotes.find((q) => q.open === this.p.tokens[k]!.start && q.closed && this.titleCased(q));
      if (title) {
        k = this.tokenAt(title.closeEnd) - 1;
        continue;
      }
      if (QUOTE_MARKS.test(this.p.tokens[k]!.text) || this.verbAt(k, 'after-speaker', false)) break;
    }
    // "said for weeks he's …", "said on Twitter she …": a short adverbial, then a pronoun subject.
    if (adverbial && this.lexicon.prepositions.has(first)) {
      for (let k = i + 1; k < Math.min(end, i + 6); k++) {
        const t = this.p.tokens[k]!;
        if (!t.isWord && t.text !== ',') break;
        if (this.lexicon.pronouns.has(t.lower.replace(/[’'](ll|d|s|re|ve|m)$/, ''))) return k;
      }
    }
    // "said on Friday he met …": a time adverbial before the clause is not part of it.
    if (adverbial) {
      let k = i;
      while (k < end && (this.lexicon.timeWords.has(this.ctx.words[k]!) || /^\p{N}/u.test(this.ctx.words[k]!))) k++;
      // "on Friday", "last week", "in 2017" — not a bare preposition ("reports on the story").
      const timeNoun = this.ctx.words.slice(i, k).some((w) => !/^(on|in|at|this|last|late|early|pada|di)$/.test(w));
      if (timeNoun) i = k;
    }
    while (i < end && /^[,:]$/.test(this.p.tokens[i]!.text)) i++;
    return i;
  }

  protected skipAux(i: number): number {
    while (i < this.p.tokens.length && this.lexicon.auxiliaries.has(this.ctx.words[i]!) && this.verbAt(i, 'after-speaker', true) === null) i++;
    return i;
  }

  /** Back over auxiliaries and time words between a speaker and the verb ("has also", "on Friday", ", Selasa (21/1),"). */
  protected skipAuxLeft(i: number, floor: number): number {
    const tokens = this.p.tokens;
    let skippedTime = false;
    while (i > floor) {
      const w = this.ctx.words[i - 1]!;
      // "has since said": a subordinator after an auxiliary is an adverb.
      const adverbial = this.lexicon.subordinators.has(w) && this.lexicon.finiteVerbs.has(this.ctx.words[i - 2] ?? '');
      if (this.lexicon.auxiliaries.has(w) || adverbial || (this.lexicon.adverb?.test(w) && !tokens[i - 1]!.isCapitalized)) {
        i--;
      } else if (this.lexicon.timeWords.has(w)) {
        i--;
        skippedTime = true;
      } else if (w === ')') {
        let k = i - 2;
        while (k > floor && k > i - 8 && this.ctx.words[k] !== '(') k--;
        if (this.ctx.words[k] !== '(') break;
        i = k;
        skippedTime = true;
      } else if (w === ',' && (skippedTime || tokens[i - 2]?.text === ')')) {
        i--;
        skippedTime = false;
      } else {
        const skipped = Math.min(this.channelBefore(i, floor), this.placeBefore(i, floor));
        if (skipped === i) break;
        i = skipped;
      }
    }
    return i;
  }

  /**
   * "Manik Priyo Prabowo, di Surabaya, Minggu (17/5), mengatakan", "Trump, in Iowa, said": a place set
   * off by commas between subject and verb; where its opening comma is, else `i`.
   */
  private placeBefore(i: number, floor: number): number {
    const tokens = this.p.tokens;
    const close = tokens[i - 1]?.text === ',' ? i - 1 : tokens[i]?.text === ',' ? i : -1;
    if (close < 0) return i;
    for (let k = close - 1; k > floor && k >= close - 6; k--) {
      if (tokens[k]!.text === ',') return k + 1 < close && this.lexicon.prepositions.has(this.ctx.words[k + 1]!) ? k : i;
      if (!tokens[k]!.isWord) return i;
    }
    return i;
  }

  /**
   * "Trump on Twitter said", "Retno dalam keterangan tertulisnya mengatakan": the speaker's own
   * channel between subject and verb — a preposition, determiners or names, a channel noun and at
   * most two modifiers; where it starts, else `i`.
   */
  private channelBefore(i: number, floor: number): number {
    const { words, lexicon } = this.ctx;
    for (let k = i - 2; k > floor && k >= i - 7; k--) {
      if (!lexicon.channelPrepositions.has(words[k]!)) continue;
      let j = k + 1;
      while (j < i && lexicon.channelWords.matchAt(words, j) === 0 && (this.p.tokens[j]!.isCapitalized || lexicon.articles.has(words[j]!) || lexicon.prenominals.has(words[j]!) || /[’']s$/.test(words[j]!))) j++;
      const n = lexicon.channelWords.matchAt(words, j);
      if (n === 0 || j + n > i) return i;
      const modifiers = this.p.tokens.slice(j + n, i);
      const plain = modifiers.every((t) => t.isWord && !lexicon.pronouns.has(t.lower) && !lexicon.prepositions.has(t.lower) && !lexicon.complementizers.has(t.lower) && !lexicon.auxiliaries.has(t.lower));
      return modifiers.length <= 2 && plain ? k : i;
    }
    return i;
  }

  /** A reporting verb at token i, allowed in that position. */
  protected verbAt(i: number, position: Position, quoted: boolean): Verb | null {
    const t = this.p.tokens[i];
    if (!t || !t.isWord || this.inIdiom.has(i)) return null;
    const words = this.ctx.words;
    // "The United States", "The other states": a capitalised word inside a sentence, or a word after a
    // determiner, is a noun that happens to be spelt like a cue.
    const prev = this.p.tokens[i - 1];
    if (prev && t.isCapitalized && !this.titleCase && !TERMINAL.has(prev.text) && !QUOTE_MARKS.test(prev.text) && prev.text !== ':') return null;
    // "the other states", "three early claims": after a determiner a cue word is a noun, unless it is a verb form there.
    if (prev && this.lexicon.prenominals.has(prev.lower) && !this.verbAfterDeterminer(i)) return null;
    // "five states", "overwhelmingly white states", "delegate-rich states", "in states like Illinois": after an
    // adjective, a number, a preposition or a hyphened modifier, a cue word that is also a plural noun is the noun.
    if (prev?.isWord && this.lexicon.pluralNounCues.has(t.lower) && (isModifierWord(prev.lower) || this.lexicon.prepositions.has(prev.lower) || this.p.tokens[i - 2]?.text === '-')) return null;
    // "Mr. Trump’s claim that …": after a possessive a noun of saying is the noun ("he’s claimed" is a pronoun and its verb).
    if (prev?.isWord && /[’']s$/.test(prev.lower) && !pronounOf(prev.lower, this.lexicon) && this.lexicon.claimNouns.matchAt(this.ctx.words, i) > 0) return null;
    const n = this.lexicon.reportingVerbs.matchAt(words, i);
    // "Editor’s note: …", "Update: …": a label opening the paragraph, not a speaker and a verb.
    if (n > 0 && this.p.tokens[i + n]?.text === ':' && this.lexicon.labels.has(words.slice(0, i + n).join(' '))) return null;
    if (n > 0) {
      const single = n === 1 ? words[i]! : '';
      if (position === 'after-speaker' && this.lexicon.invertedOnly.has(single)) return null;
      if (!quoted && this.lexicon.quoteOnly.has(single)) return null;
      const continuation = this.lexicon.continuationVerbs.matchAt(words, i) > 0;
      return { from: i, to: i + n, clitic: false, continuation };
    }
    const stem = this.cliticStem(t.lower);
    if (stem && position === 'before-speaker' && !this.lexicon.accordingTo.has(stem)) {
      return { from: i, to: i + 1, clitic: true, continuation: this.lexicon.continuationVerbs.has(stem) };
    }
    return null;
  }

  /**
   * "63 percent said": a past tense is never a noun. After a quantity ("One in five say the plan …",
   * "9 percent say they …") a cue word that a clause follows is a verb, unless the number is
   * determined ("The five claims the campaign made").
   */
  private verbAfterDeterminer(i: number): boolean {
    const t = this.p.tokens[i]!;
    const prev = this.p.tokens[i - 1]!;
    const next = this.p.tokens[i + 1];
    if (this.lexicon.lang === 'en' && isPastTenseWord(t.lower)) return true;
    // "Another tweeted, “…”", "Some said:": a determiner standing alone for its noun, then a verb that introduces a quotation.
    if (prev.isCapitalized && /^[,:]$/.test(next?.text ?? '') && QUOTE_MARKS.test(this.p.tokens[i + 2]?.text ?? '')) return true;
    const clauseAfter = next !== undefined && (this.lexicon.pronouns.has(next.lower) || this.lexicon.articles.has(next.lower) || this.lexicon.complementizers.has(next.lower) || next.isCapitalized);
    const determined = this.lexicon.articles.has(this.ctx.words[i - 2] ?? '') && isNominalWord(t.lower);
    return clauseAfter && !determined && (this.lexicon.quantityNouns.has(prev.lower) || /^\p{N}/u.test(prev.text));
  }

  protected cliticStem(word: string): string | null {
    for (const suffix of this.lexicon.cliticSuffixes) {
      if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
        const stem = word.slice(0, -suffix.length);
        if (this.lexicon.cliticStems.has(stem)) return stem;
      }
    }
    return null;
  }

  protected accordingToAt(i: number): AccordingTo | null {
    const words = this.ctx.words;
    const n = this.lexicon.accordingTo.matchAt(words, i);
    if (n > 0) {
      return { cueTo: i + n, np: this.sourceUpToComma(i + n) ?? phraseRightOf(this.ctx, i + n), clitic: false };
    }
    const stem = this.cliticStem(words[i] ?? '');
    if (stem && this.lexicon.accordingTo.has(stem)) return { cueTo: i + 1, np: { from: i, to: i + 1, kind: 'pronoun' }, clitic: true };
    return null;
  }

  /** "according to harbour master Tom Reed, …": everything up to the comma names the source, when it is short and verbless. */
  protected sourceUpToComma(i: number): PhraseMatch | null {
    const tokens = this.p.tokens;
    for (let k = i; k < Math.min(tokens.length, i + 9); k++) {
      const t = tokens[k]!;
      const sentenceEnd = TERMINAL.has(t.text) && (k + 1 === tokens.length || tokens[k + 1]!.isCapitalized || QUOTE_MARKS.test(tokens[k + 1]!.text));
      // "menurut dia, …": a lone pronoun is resolved like any pronoun.
      if ((t.text === ',' || sentenceEnd) && k > i) return { from: i, to: k, kind: k === i + 1 && pronounOf(this.ctx.words[i]!, this.lexicon) ? 'pronoun' : 'phrase' };
      if (!t.isWord && t.text !== '.' && t.text !== '-' && t.text !== '&' && !/^[’']$/.test(t.text)) return null;
      if (this.lexicon.complementizers.has(this.ctx.words[k]!)) return null;
      // "the report", "the statement": a cue word after an article names the source.
      if (this.verbAt(k, 'after-speaker', true) && !(k > i && (this.lexicon.articles.has(this.ctx.words[k - 1]!) || /[’']s$/.test(this.ctx.words[k - 1]!)))) return null;
    }
    return null;
  }

  /** A frame template ("was quoted by {relay} as saying") starting at token i. */
  protected templateAt(i: number, end: number): TemplateMatch | null {
    for (const template of this.lexicon.frameTemplates) {
      const m = this.matchTemplate(template, i, end);
      if (m) return m;
    }
    return null;
  }

  protected matchTemplate(template: FrameTemplate, i: number, end: number): TemplateMatch | null {
    const words = this.ctx.words;
    let k = i;
    const relays: RelayRef[] = [];
    let speaker: MentionRef | null = null;
    let cueTo = i;
    for (const [partIndex, part] of template.parts.entries()) {
      if (part === '{aux}') {
        while (k < end && this.lexicon.auxiliaries.has(words[k]!)) k++;
      } else if (part === '{skip}') {
        const nextLiteral = template.parts[partIndex + 1];
        let s = k;
        while (s < Math.min(end, k + 5) && words[s] !== nextLiteral) s++;
        if (words[s] !== nextLiteral) return null;
        k = s;
      } else if (part === '{verb}') {
        const v = this.verbAt(k, 'after-speaker', true) ?? this.verbAt(k, 'before-speaker', true);
        if (!v) return null;
        k = v.to;
        cueTo = k;
      } else if (part === '{relay}' || part === '{speaker}') {
        const np = phraseRightOf(this.ctx, k);
        if (!np || np.to > end) return null;
        if (part === '{relay}') {
          const outlet = outletIn(this.ctx, np.from, np.to);
          relays.push({ ...this.rangeOf(np.from, np.to), outlet: outlet?.name ?? null, cue: null });
        } else {
          speaker = this.mentionOf(np);
          cueTo = k;
        }
        k = np.to;
      } else {
        if (words[k] !== part) return null;
        k++;
        cueTo = Math.max(cueTo, k);
      }
    }
    if (k === i) return null;
    return { id: template.id, to: k, cueTo: Math.max(cueTo, k), relays, speaker, subject: template.subject };
  }

  /** Relays named in tokens `[from, to)`: "seperti yang dikutip Sputnik", "as quoted by X", "in a Fox News interview". */
  protected relaysIn(from: number, to: number, skip: readonly Range[]): RelayRef[] {
    const words = this.ctx.words;
    const tokens = this.p.tokens;
    const relays: RelayRef[] = [];
    for (let k = from; k < to; k++) {
      if (skip.some((r) => tokens[k]!.start >= r.start && tokens[k]!.end <= r.end)) continue;
      const n = this.lexicon.relayCues.matchAt(words, k) || this.lexicon.interviewCues.matchAt(words, k);
      if (n > 0) {
        // A known outlet whatever its case ("kepada detikcom").
        const known = this.shared.outletNames.matchAt(words, k + n);
        if (known > 0) {
          relays.push({ ...this.rangeOf(k + n, k + n + known), outlet: outletIn(this.ctx, k + n, k + n + known)?.name ?? null, cue: this.rangeOf(k, k + n) });
          k += n + known - 1;
          continue;
        }
        const np = this.outletPhraseAt(k + n);
        if (np && np.kind === 'phrase') {
          const outlet = outletIn(this.ctx, np.from, np.to);
          const viaRelayCue = this.lexicon.relayCues.matchAt(words, k) > 0;
          if (outlet || (viaRelayCue && this.isOutletLike(np))) {
            relays.push({ ...this.rangeOf(np.from, np.to), outlet: outlet?.name ?? null, cue: this.rangeOf(k, k + n) });
            k = np.to - 1;
            continue;
          }
        }
      }
      // "in a Fox News interview", "dalam wawancara dengan CNN"
      const outletLen = tokens[k]!.isCapitalized ? this.shared.outletNames.matchAt(words, k) : 0;
      if (outletLen > 0 && /^(interview|wawancara|report|broadcast|program|programme)$/.test(words[k + outletLen] ?? '')) {
        const outlet = outletIn(this.ctx, k, k + outletLen);
        relays.push({ ...this.rangeOf(k, k + outletLen), outlet: outlet?.name ?? null, cue: this.rangeOf(k + outletLen, k + outletLen + 1) });
        k += outletLen;
      }
    }
    return relays;
  }

  /** The phrase at token i, with an outlet's description before its name ("kantor berita SANA", "news agency Yonhap"). */
  protected outletPhraseAt(i: number): PhraseMatch | null {
    const head = this.shared.outletHeads.matchAt(this.ctx.words, i);
    const name = head > 0 ? phraseRightOf(this.ctx, i + head) : null;
    return name?.kind === 'phrase' ? { from: i, to: name.to, kind: 'phrase' } : phraseRightOf(this.ctx, i);
  }

  /** A capitalised phrase that is not a person's bare name (an agency, a newspaper). */
  protected isOutletLike(np: PhraseMatch): boolean {
    const tokens = this.p.tokens.slice(np.from, np.to);
    return tokens.some((t) => t.isCapitalized) && (this.shared.outletHeads.matchAt(this.ctx.words, np.from) > 0 || tokens.length <= 3);
  }

  protected mentionOf(np: PhraseMatch, clitic = false): MentionRef {
    return { ...this.rangeOf(np.from, np.to), kind: clitic ? 'clitic' : np.kind };
  }

  protected rangeOf(from: number, to: number): Range {
    const tokens = this.p.tokens;
    const first = tokens[Math.min(from, tokens.length - 1)]!;
    const last = tokens[Math.max(from, Math.min(to, tokens.length) - 1)]!;
    return { start: first.start, end: last.end };
  }

  protected frame(kind: AttributionKind, content: (Range | Quote)[], cue: Range | null, mention: MentionRef | null, relays: RelayRef[], rule: string, confidence: number, continuation: boolean): Frame {
    return {
      kind,
      content: content.map((c) => ({ start: c.start, end: c.end })),
      cue,
      mention,
      relays,
      paragraph: this.p.index,
      rule,
      confidence,
      continuation,
      parent: null,
    };
  }}

export interface AccordingTo {
  cueTo: number;
  np: PhraseMatch | null;
  clitic: boolean;
}

export interface TemplateMatch {
  id: string;
  to: number;
  cueTo: number;
  relays: RelayRef[];
  speaker: MentionRef | null;
  subject: 'speaker' | 'relay';
}
