import type { Paragraph, Segmented } from './02-segment.ts';
import { splitSentences } from './02-segment.ts';
import type { Quote } from './04-quotes.ts';
import { COORDINATORS, CueReader, QUOTE_MARKS, TERMINAL, type AccordingTo, type Frame, type MentionRef, type Range, type RelayRef, type Verb } from './cue-reader.ts';
import type { Lexicon, SharedLexicon } from './lexicon.ts';
import { modifierAt, outletIn, phraseLeftOf, phraseRightOf, pronounOf, type PhraseMatch } from './phrases.ts';
import { RangeIndex } from './ranges.ts';
import { isModifierWord, isPastParticipleWord, isPastTenseWord } from './tagger.ts';

// Finds attribution frames: a cue, the speaker mention next to it, the content it
// introduces, and any relay named in the same sentence. Offsets are into the normalised text.
// Direct quotations first, then reported speech in the sentences they leave, then claims nested
// inside quotations; the token-level reading is in cue-reader.ts.

export type { Frame, MentionRef, Range, RelayRef } from './cue-reader.ts';

export function findFrames(seg: Segmented, quotes: readonly Quote[], lexicon: Lexicon, shared: SharedLexicon): Frame[] {
  const frames: Frame[] = [];
  const state: FrameState = { colonLead: null, claimed: new Set() };
  for (const p of seg.paragraphs) {
    if (p.skip) {
      state.colonLead = null;
      continue;
    }
    const inParagraph = quotes.filter((q) => q.paragraph === p.index && q.open >= p.bodyStart);
    // A dateline ("WASHINGTON (Reuters) -") is not part of any clause.
    const body = p.bodyStart > p.start ? { ...p, start: p.bodyStart, text: p.text.slice(p.bodyStart - p.start), tokens: p.tokens.filter((t) => t.start >= p.bodyStart) } : p;
    const finder = new ParagraphFrames(body, inParagraph, quotes, lexicon, shared, frames, state);
    finder.run();
  }
  return withoutRepeats(frames);
}

/**
 * Two readings of one sentence (a template at "quoted …" and again at "as saying") make one
 * attribution: the first found stays, and nested frames point at it.
 */
function withoutRepeats(frames: readonly Frame[]): Frame[] {
  const kept: Frame[] = [];
  const keptAt = new Map<string, number>();
  const newIndex: number[] = [];
  for (const f of frames) {
    const key = f.content.map((c) => `${c.start}-${c.end}`).join(',');
    const earlier = keptAt.get(key);
    if (earlier !== undefined) {
      newIndex.push(earlier);
      continue;
    }
    keptAt.set(key, kept.length);
    newIndex.push(kept.length);
    kept.push(f);
  }
  return kept.map((f) => (f.parent === null ? f : { ...f, parent: newIndex[f.parent]! }));
}
class ParagraphFrames extends CueReader {
  constructor(
    p: Paragraph,
    quotes: readonly Quote[],
    private readonly allQuotes: readonly Quote[],
    lexicon: Lexicon,
    shared: SharedLexicon,
    private readonly frames: Frame[],
    private readonly state: FrameState,
  ) {
    super(p, quotes, lexicon, shared);
  }

  run(): void {
    const signed = this.signatureFrame();
    if (signed) this.frames.push(signed);
    const direct = this.directFrames();
    // "Trump insisted that he has “expanded the party,” claiming …": a quotation going on a reported
    // clause may belong to the mixed claim the reported-speech pass finds; its frame waits for that.
    const pending = direct.filter((f) => this.goesOnReportedClause(f));
    const consumed = direct.filter((f) => !pending.includes(f)).flatMap((f) => this.stretchOf(f));
    const directQuoteRanges = this.quotes.map((q) => ({ start: q.open, end: q.closeEnd }));
    const sentences = splitSentences(this.p.tokens, (t) => this.isAbbreviation(t), directQuoteRanges);
    let reported: Frame[] = [];
    for (const s of sentences) {
      const from = this.tokenAt(s.start);
      const to = from + s.tokens.length;
      reported.push(...this.indirectFrames(from, to, consumed, null));
    }
    const kept = direct.filter((f) => !pending.includes(f));
    for (const f of pending) {
      const quote = f.content[0]!;
      if (reported.some((r) => r.content.some((c) => c.start <= quote.start && quote.end <= c.end))) {
        this.frames.splice(this.frames.indexOf(f), 1);
      } else {
        const whole = this.stretchOf(f).at(-1)!;
        reported = reported.filter((r) => !r.content.some((c) => c.start < whole.end && whole.start < c.end));
        kept.push(f);
      }
    }
    this.frames.push(...reported);
    this.nestedFrames(kept);
    const last = this.p.tokens.length - 1;
    this.state.colonLead = last > 0 && this.p.tokens[last]!.text === ':' ? this.leadBefore(last + 1, 0) : null;
  }

  /**
   * A paragraph that is a dash and a name ("- Bernie Sanders.") signs the quotation that closed
   * the paragraph before it, as fact-checks and epigraphs do, unless that quotation has a frame.
   */
  private signatureFrame(): Frame | null {
    const tokens = this.p.tokens;
    if (!/^[-—–]$/.test(tokens[0]?.text ?? '')) return null;
    const np = phraseRightOf(this.ctx, 1);
    const end = tokens[tokens.length - 1]?.text === '.' ? tokens.length - 1 : tokens.length;
    // "-President Obama, tweeting after Clinton's speech.", "-Michelle Marks, Philadelphia.": a description may follow.
    if (!np || np.kind !== 'phrase' || (np.to < end && tokens[np.to]!.text !== ',')) return null;
    const quote = this.allQuotes.filter((q) => q.paragraph === this.p.index - 1).at(-1);
    if (!quote?.closed || this.frames.some((f) => f.content.some((c) => c.start <= quote.start && quote.start < c.end))) return null;
    return { ...this.frame('direct', [quote], this.rangeOf(0, 1), this.mentionOf(np), [], 'quote-dash-speaker', 0.8, false), paragraph: quote.paragraph };
  }

  /** The outlet a frame's speaker is ("…,” the Times reported"), or null. */
  private reportedBy(f: Frame): string | null {
    if (f.mention?.kind !== 'phrase') return null;
    return outletIn(this.ctx, this.tokenAt(f.mention.start), this.tokenAt(f.mention.end))?.name ?? null;
  }

  /** What a direct frame takes from the paragraph: its parts, and its whole stretch, quote to cue, which holds no other claim. */
  private stretchOf(f: Frame): Range[] {
    const parts = [...f.content, ...(f.cue ? [f.cue] : []), ...(f.mention ? [f.mention] : [])];
    // "Lazar said he welcomed extradition and added, “…”": between a subject and its coordinated
    // verb lies a claim of its own, so the stretch runs from the cue, not from the subject.
    const spanned = f.rule === 'subject-cue-quote' && f.cue ? [...f.content, f.cue] : parts;
    return [...parts, { start: Math.min(...spanned.map((r) => r.start)), end: Math.max(...spanned.map((r) => r.end)) }];
  }

  private directFrames(): Frame[] {
    const made: Frame[] = [];
    // The frame after a quotation is asked for twice when the quotation before may join it: read it once.
    const afterFrames = new Map<Quote, Frame | null>();
    const frameAfter = (q: Quote) => {
      if (!afterFrames.has(q)) afterFrames.set(q, this.frameAfterQuote(q));
      return afterFrames.get(q)!;
    };
    for (let qi = 0; qi < this.quotes.length; qi++) {
      const q = this.quotes[qi]!;
      if (this.isTitle(q)) continue;
      const after = frameAfter(q);
      // "Trump said: “…,” the Times reported.": the outlet after the quotation relays the speaker before it.
      const reporter = after ? this.reportedBy(after) : null;
      const before = after && !reporter ? null : this.frameBeforeQuote(q);
      const relayed = after !== null && reporter !== null && before?.mention != null && before.mention.kind !== 'clitic';
      if (relayed) before!.relays.push({ start: after.mention!.start, end: after.mention!.end, outlet: reporter, cue: after.cue, spreads: false });
      const frame = relayed ? before : (after ?? before);
      if (after && !relayed) this.takeLeadIn(after, q);
      if (frame) {
        // "We will," he said, "not withdraw." — the quote after the frame is the same statement.
        const next = this.quotes[qi + 1];
        const cueEnd = Math.max(frame.cue?.end ?? 0, frame.mention?.end ?? 0, ...frame.relays.map((r) => r.end));
        // Not when it has an attribution of its own after it: “A,” she said. “B,” she added.
        if (next && cueEnd > q.close && (this.onlyPunctuationBetween(cueEnd, next.open, true) || this.interruptsOneSentence(cueEnd, next)) && !frameAfter(next)) {
          frame.content.push({ start: next.start, end: next.end });
          this.state.claimed.add(next);
          qi++;
        }
        // A quotation over several paragraphs, attributed only at its end: its earlier paragraphs too.
        for (let c = q.continues; c !== null; c = this.allQuotes[c]!.continues) {
          const earlier = this.allQuotes[c]!;
          if (this.state.claimed.has(earlier)) break;
          frame.content.unshift({ start: earlier.start, end: earlier.end });
          this.state.claimed.add(earlier);
        }
        this.state.claimed.add(q);
        this.frames.push(frame);
        made.push(frame);
        continue;
      }
      const previous = this.continuedFrame(q);
      if (previous) {
        previous.content.push({ start: q.start, end: q.end });
        this.state.claimed.add(q);
      }
    }
    return made;
  }

  /** A frame whose quotation opens in lower case inside a sentence that a cue began before it. */
  private goesOnReportedClause(f: Frame): boolean {
    const q = this.quotes.find((quote) => quote.start === f.content[0]?.start);
    return q !== undefined && this.midClause(q) && this.reportedBefore(q);
  }

  /** A quotation opening in lower case right after a word: it goes on a clause begun before it. */
  private midClause(q: Quote): boolean {
    return this.opensInLowerCase(q) && this.p.tokens[this.tokenAt(q.open) - 1]?.isWord === true;
  }

  /** Whether the quotation's first word is not capitalised: it is not a sentence of its own. */
  private opensInLowerCase(q: Quote): boolean {
    const firstWord = this.p.tokens.slice(this.tokenAt(q.open), this.tokenAt(q.end)).find((t) => t.isWord);
    return firstWord !== undefined && !/^\p{Lu}/u.test(firstWord.text);
  }

  /** A cue earlier in the quotation's sentence: "X said that he has “…”", "according to X, the plan “…”". */
  private reportedBefore(q: Quote): boolean {
    const open = this.tokenAt(q.open);
    for (let k = this.sentenceStartBefore(open, this.previousQuoteCloseToken(q)); k < open; k++) {
      if (this.reportingVerbAt(k) || this.accordingToAt(k)) return true;
    }
    return false;
  }

  /**
   * "The summit accomplished “too little,” Merkel said": a quote that completes a sentence begun
   * outside it, opening in lower case. The words before it are part of what was said, so the content runs from the
   * sentence start and the attribution is mixed. A lead with a cue of its own ("He said, “…”") is not.
   */
  private takeLeadIn(frame: Frame, q: Quote): void {
    const tokens = this.p.tokens;
    const open = this.tokenAt(q.open);
    // A quotation opening with a capital is a sentence of its own, whatever stands before it.
    if (!this.opensInLowerCase(q)) return;
    let from = this.sentenceStartBefore(open, this.previousQuoteCloseToken(q));
    while (from < open && (!tokens[from]!.isWord || QUOTE_MARKS.test(tokens[from]!.text))) from++;
    from = this.afterOpeners(from, open);
    if (from >= open || /^[:—–-]$/.test(tokens[open - 1]!.text)) return;
    for (let k = from; k < open; k++) {
      if (QUOTE_MARKS.test(tokens[k]!.text) || this.reportingVerbAt(k) || this.accordingToAt(k)) return;
    }
    if (this.frames.some((f) => f.paragraph === this.p.index && f.content.some((c) => c.end > tokens[from]!.start && c.start < q.open))) return;
    frame.content[0] = { start: tokens[from]!.start, end: q.closeEnd };
    frame.kind = 'mixed';
  }

  /**
   * “A,” Trump said during a rally in Kenansville, N.C., “but B.” — the attribution, with its time and
   * place, interrupts one sentence: nothing between it and the next quotation ends a sentence or cues anew.
   */
  private interruptsOneSentence(cueEnd: number, next: Quote): boolean {
    const between = this.p.tokens.slice(this.tokenAt(cueEnd), this.tokenAt(next.open));
    if (between.length === 0 || between.length > 30 || between[between.length - 1]!.text !== ',') return false;
    const first = this.tokenAt(cueEnd);
    return between.every((t, k) => !this.endsSentence(first + k) && !QUOTE_MARKS.test(t.text) && !this.reportingVerbAt(first + k));
  }

  /** Words `[from, to)` with a finite verb ("is", a past tense) and no reporting verb: a clause someone may have said. */
  private reportsAsClause(from: number, to: number): boolean {
    const words = this.ctx.words.slice(from, to);
    return words.some((w) => this.lexicon.finiteVerbs.has(w) || isPastTenseWord(w)) && !words.some((_, k) => this.reportingVerbAt(from + k));
  }

  /** A reporting verb at token k, before or after its speaker, as next to a quotation. */
  private reportingVerbAt(k: number): boolean {
    return this.verbAt(k, 'after-speaker', true) !== null || this.verbAt(k, 'before-speaker', true) !== null;
  }

  /**
   * "In his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley suggested …", "on CBS's “Face the
   * Nation,”": a short title-cased quotation inside a sentence names a work, it is nobody's statement.
   */
  private isTitle(q: Quote): boolean {
    if (!this.titleCased(q)) return false;
    // "“Daily Show” host Trevor Noah": a capitalised quotation modifying the noun after it.
    const after = this.p.tokens[this.tokenAt(q.closeEnd)];
    const unpunctuated = !/[.,!?;:]$/.test(this.p.text.slice(q.start - this.p.start, q.end - this.p.start));
    if (unpunctuated && after?.isWord && !after.isCapitalized && q.wordCount <= 4 && this.ctx.isNominal?.(this.tokenAt(q.closeEnd)) === true && !this.reportingVerbAt(this.tokenAt(q.closeEnd))) return true;
    const k = this.tokenAt(q.open) - 1;
    const before = this.p.tokens[k];
    // After a verb a quotation is what was said; but a noun "called “The Local”" or "so called" names a thing
    // (not "it was labeled “Mostly True,”" a verdict with a subject).
    const naming = before !== undefined && this.lexicon.namingVerbs.has(before.lower) && !pronounOf(this.ctx.words[k - 1] ?? '', this.lexicon) &&
      (this.ctx.words[k - 1] === 'so' || this.ctx.isNominal?.(k - 1) === true || this.p.tokens[k - 1]?.isCapitalized === true);
    if (before === undefined || (this.verbAt(k, 'after-speaker', true) && !naming)) return false;
    // "the hacker known as “Guccifer,”", "the “Avatar” star": one capitalised word quoted inside a clause is a name.
    if (q.wordCount < 2) return before.isWord;
    // "a referendum — “No to Free Lawyers” — for June 5": a title set off by dashes.
    const dashed = /^[—–]$/.test(before.text) && /^[—–]$/.test(after?.text ?? '');
    return before.isWord || before.text === ',' || dashed;
  }

  /** A quote with no cue of its own continues the statement just before it. */
  private continuedFrame(q: Quote): Frame | null {
    if (q.wordCount < 4) return null;
    // "“…?” said Murphy, who thinks often about …": a claim in the speaker's description is no statement to go on.
    const describes = (f: Frame | undefined, before: Frame | undefined) => f?.rule === 'relative-speaker-cue' && before?.paragraph === f.paragraph && before.kind !== 'indirect';
    const n = this.frames.length;
    const last = describes(this.frames[n - 1], this.frames[n - 2]) ? this.frames[n - 2] : this.frames[n - 1];
    if (!last || last.kind === 'indirect' || last.parent !== null) return null;
    const opensParagraph = this.onlyPunctuationBetween(this.p.start, q.open, false);
    // Nothing but the previous statement's own frame may stand between: a narrative sentence in
    // between means the quote belongs to someone the article has not named yet.
    const lastEnd = Math.max(...last.content.map((c) => c.end), last.cue?.end ?? 0, last.mention?.end ?? 0, ...last.relays.map((r) => r.end));
    const right = last.paragraph === this.p.index ? this.p.tokens.slice(this.tokenAt(lastEnd), this.tokenAt(q.open)) : null;
    const adjacent = right !== null && right.every((t) => !t.isWord || t.end <= this.sentenceEndOffset(lastEnd));
    const follows = (opensParagraph && (q.continues !== null || last.paragraph === this.p.index - 1)) || (this.precededBySentenceEnd(q) && adjacent);
    if (!follows) return null;
    last.rule += '+continued-quote';
    return last;
  }

  /**
   * "… in an interview aired on Monday when asked how ties would fare": after a cue, addressees, time,
   * place and circumstance, but no complementizer, quotation or second cue opening a claim of its own
   * before any subordinate clause.
   */
  private reportsNothing(from: number, to: number): boolean {
    if (to - from > 30) return false;
    for (let k = from; k < to; k++) {
      // "… when asked how ties would fare": a subordinate clause is circumstance too.
      if (this.lexicon.subordinators.has(this.ctx.words[k]!)) return true;
      if (this.lexicon.complementizers.has(this.ctx.words[k]!) || QUOTE_MARKS.test(this.p.tokens[k]!.text) || this.reportingVerbAt(k)) return false;
    }
    return true;
  }

  /**
   * "… told reporters outside a restaurant in Milwaukee.", "… said Tuesday at a rally": after a verb
   * (and its addressee) the words say when, where or how — not an object of the verb ("She noted a
   * planned rally …", "Kasich said he would have fired …"), which makes a sentence of its own.
   */
  private opensCircumstance(k: number): boolean {
    const words = this.ctx.words;
    const from = this.lexicon.addresseeVerbs.has(words[k - 1] ?? '') ? this.pastAddressee(k - 1, k) : k;
    const t = this.p.tokens[from];
    if (!t || !t.isWord) return true;
    const w = t.lower;
    return this.lexicon.prepositions.has(w) || this.lexicon.timeWords.has(w) || this.lexicon.subordinators.has(w) || (this.lexicon.adverb?.test(w) ?? false) || this.isParticiple(w);
  }

  /** Offset where the sentence holding `offset` ends (its terminal mark), or the paragraph end. */
  private sentenceEndOffset(offset: number): number {
    const k = this.sentenceEnd(this.tokenAt(offset), this.p.tokens.length);
    return this.p.tokens[k]?.end ?? this.p.end;
  }

  /** Whether a sentence ends right before the quotation, closing marks aside ("… the Press.'' ''She …"). */
  private precededBySentenceEnd(q: Quote): boolean {
    let i = this.tokenAt(q.open) - 1;
    while (i >= 0 && QUOTE_MARKS.test(this.p.tokens[i]!.text)) i--;
    return i >= 0 && TERMINAL.has(this.p.tokens[i]!.text);
  }

  private frameAfterQuote(q: Quote): Frame | null {
    if (!q.closed) return null;
    const tokens = this.p.tokens;
    let i = this.tokenAt(q.closeEnd);
    while (i < tokens.length && !tokens[i]!.isWord && /^[,.!?;—–-]$/.test(tokens[i]!.text)) i++;
    const limit = this.nextQuoteOpenToken(q);
    if (i >= limit) return null;
    const end = this.sentenceEnd(i, limit);
    // “…map.” Some agencies had quoted him as saying that … — a full sentence after a closed one is not its frame.
    const closesSentence = /[.!?]/.test(this.p.text[q.end - 1 - this.p.start] ?? '') && this.p.tokens[i]?.isCapitalized === true;
    // "Bush called Trump “unhinged.” Rubio called …": a quotation ending the clause it went on is framed by that clause.
    if (closesSentence && this.midClause(q)) return null;
    const sentenceEnd = this.sentenceEnd(i, this.p.tokens.length);
    const shortTail = (k: number) => !closesSentence || sentenceEnd - k <= 6 || (this.reportsNothing(k, sentenceEnd) && this.opensCircumstance(k));

    // “…” ― Carlos Raúl: a dash and a name closing the paragraph.
    const dash = this.p.tokens[this.tokenAt(q.closeEnd)];
    if (dash && /^[—–]$/.test(dash.text)) {
      const k = this.tokenAt(q.closeEnd) + 1;
      const np = phraseRightOf(this.ctx, k);
      if (np && np.kind === 'phrase' && np.to >= this.p.tokens.length - 1) {
        return this.frame('direct', [q], this.rangeOf(k - 1, k), this.mentionOf(np), [], 'quote-dash-speaker', 0.8, false);
      }
    }
    // "…," according to a statement from the campaign / "…," menurutnya lagi
    const acc = closesSentence ? null : this.accordingToAt(i);
    if (acc?.np && shortTail(acc.np.to)) {
      return this.frame('direct', [q], this.rangeOf(i, acc.cueTo), this.mentionOf(acc.np, acc.clitic), this.relaysIn(acc.np.to, end, []), 'quote-according-to', 0.9, false);
    }
    // "…," kata Konashenkov / "…," said Smith / "…," katanya menambahkan
    const v = this.verbAt(this.skipAux(i), 'before-speaker', true);
    if (v) {
      let mention: MentionRef | null = null;
      let after = v.to;
      if (v.clitic) mention = { ...this.rangeOf(v.from, v.from + 1), kind: 'clitic' };
      let continuation = v.continuation;
      const cont = this.lexicon.continuationVerbs.matchAt(this.ctx.words, after);
      const cueTo = cont > 0 ? after + cont : v.to;
      if (cont > 0) {
        continuation = true;
        after += cont;
      }
      if (!mention) {
        // "“The Local” cited that Merkel's fall …": a clause after the verb, no speaker.
        const np = this.lexicon.complementizers.has(this.ctx.words[after] ?? '') ? null : phraseRightOf(this.ctx, after);
        if (np) {
          const named = this.appositiveName(np);
          mention = this.mentionOf(named ?? np);
          after = (named ?? np).to;
          const cont2 = this.lexicon.continuationVerbs.matchAt(this.ctx.words, after);
          if (cont2 > 0) continuation = true;
        }
      }
      const relays = this.relaysIn(after, end, []);
      if (shortTail(after)) return this.frame('direct', [q], this.rangeOf(this.skipAux(i), cueTo), mention, relays, mention ? 'quote-cue-speaker' : 'quote-cue', mention ? 0.95 : 0.6, continuation);
    }

    // "…," Konashenkov said / "…," he added / "…," Kamçı was quoted by TGRT as saying
    const np = this.withPartnerRight(phraseRightOf(this.ctx, i));
    if (np && np.to < limit) {
      const j = this.skipAux(this.skipParenthetical(np.to));
      const t = this.templateAt(np.to, end);
      if (t && t.subject === 'speaker' && shortTail(t.to)) {
        return this.frame('direct', [q], this.rangeOf(np.to, t.to), this.mentionOf(np), [...t.relays, ...this.relaysIn(t.to, end, [])], `quote-speaker-${t.id}`, 0.9, false);
      }
      // "…?" a narrator in the Clinton ad asks: a short prepositional phrase may follow the speaker.
      const v2 = this.verbAt(j, 'after-speaker', true) ?? this.verbAfterModifier(np.to, limit);
      if (v2 && shortTail(v2.to)) {
        const cont = this.lexicon.continuationVerbs.matchAt(this.ctx.words, j) > 0;
        const relays = this.relaysIn(v2.from, end, []);
        return this.frame('direct', [q], this.rangeOf(Math.max(j, v2.from), v2.to), this.mentionOf(np), relays, 'quote-speaker-cue', 0.92, cont);
      }
      // "…," Michael Mulroy, a former senior Pentagon official, told Reuters
      if (this.p.tokens[np.to]?.text === ',') {
        for (let k = np.to + 2; k < Math.min(limit, np.to + 24); k++) {
          if (this.p.tokens[k - 1]!.text !== ',') continue;
          const v3 = this.verbAt(k, 'after-speaker', true);
          if (v3 && this.appositiveSubject(k, i) !== null && shortTail(v3.to)) {
            const relays = this.relaysIn(k, end, []);
            return this.frame('direct', [q], this.rangeOf(k, v3.to), this.mentionOf(np), relays, 'quote-speaker-appositive-cue', 0.88, false);
          }
        }
      }
    }
    const t = this.templateAt(i, end);
    if (t && t.speaker && t.subject === 'speaker' && shortTail(t.to)) {
      return this.frame('direct', [q], this.rangeOf(i, t.cueTo), t.speaker, [...t.relays, ...this.relaysIn(t.to, end, [])], `quote-${t.id}`, 0.85, false);
    }
    return null;
  }

  private frameBeforeQuote(q: Quote): Frame | null {
    const openIndex = this.tokenAt(q.open);
    // A paragraph that is only a quotation, after one that ends "He said:".
    if (openIndex === 0 && this.state.colonLead) {
      const lead = this.state.colonLead;
      return this.frame('direct', [q], lead.cue, lead.mention, lead.relays, `${lead.rule}-colon-paragraph`, lead.confidence, lead.continuation);
    }
    const lead = this.leadBefore(openIndex, this.previousQuoteCloseToken(q)) ?? this.leadSentenceBefore(openIndex, this.previousQuoteCloseToken(q));
    if (!lead) return null;
    // "he said “budget reforms” and unpaid taxes would pay for them": a quotation inside a reported
    // clause that goes on after it makes a mixed claim, which the reported-speech pass finds.
    const before = this.p.tokens[openIndex - 1];
    const after = this.p.tokens[this.tokenAt(q.closeEnd)];
    // "The crowd chanted “Lock her up!” as he spoke": a verb that reports only quoted words takes the quotation alone.
    const quoteOnly = lead.cue !== null && this.ctx.words.slice(this.tokenAt(lead.cue.start), this.tokenAt(lead.cue.end)).some((w) => this.lexicon.quoteOnly.has(w));
    if (before && !/^[,:—–-]$/.test(before.text) && after?.isWord && !quoteOnly) return null;
    const begun = this.sentenceBegunBefore(q, lead.mention);
    if (begun) return this.frame('mixed', [begun, q], lead.cue, lead.mention, lead.relays, lead.rule, lead.confidence, lead.continuation);
    return this.frame('direct', [q], lead.cue, lead.mention, lead.relays, lead.rule, lead.confidence, lead.continuation);
  }

  /**
   * "An economic downturn, he said, “could be a good time to borrow”": a quotation opening in lower
   * case goes on the words before its parenthetical attribution, which are part of what was said.
   */
  private sentenceBegunBefore(q: Quote, mention: Range): Range | null {
    if (!this.opensInLowerCase(q)) return null;
    // Parenthetical only: set off by commas on both sides ("…, he said, “…”").
    const speakerAt = this.tokenAt(mention.start);
    if (this.p.tokens[speakerAt - 1]?.text !== ',' || this.p.tokens[this.tokenAt(q.open) - 1]?.text !== ',') return null;
    const from = this.afterOpeners(this.sentenceStartBefore(speakerAt, this.previousQuoteCloseToken(q)), speakerAt);
    for (let k = from; k < speakerAt - 1; k++) if (QUOTE_MARKS.test(this.p.tokens[k]!.text) || this.reportingVerbAt(k)) return null;
    return this.contentRange(from, speakerAt - 1, 1);
  }

  /** The attribution that introduces what follows token `openIndex`: "He added," "Smith said in a statement:" "Menurut X,". */
  private leadBefore(openIndex: number, floor: number): Lead | null {
    const tokens = this.p.tokens;
    const from = this.sentenceStartBefore(openIndex, floor);
    let to = openIndex;
    const punctuated = to > from && /^[,:—–-]$/.test(tokens[to - 1]!.text);
    if (punctuated) to--;
    if (to <= from) return null;

    // "Menurut X, «…»" / "According to X: «…»"
    const acc = this.accordingToAt(from);
    if (acc && acc.np && acc.np.to >= to - 1) {
      return { cue: this.rangeOf(from, acc.cueTo), mention: this.mentionOf(acc.np, acc.clitic), relays: [], rule: 'according-to-quote', confidence: 0.85, continuation: false };
    }
    // "He added, «…»" / "Smith said in a statement: «…»" / "He told IRNA, «…»" / "X mengatakan, «…»"
    for (let k = to - 1; k >= Math.max(from, to - 16); k--) {
      const v = this.verbAt(k, 'after-speaker', true);
      if (!v) continue;
      // "he said on the “Sunday Morning Futures” program": a quoted name, not a statement.
      // "asked the Cleveland crowd “If …?”": or past its addressee.
      if (!punctuated && v.to !== to && this.pastAddressee(k, v.to) !== to) continue;
      // "Johnson said in an op-ed piece before a 2014 Senate hearing, “…”": a longer way back only over
      // the verb's own time, place and channel, where no clause of its own begins.
      if (k < to - 7 && !this.adverbialTail(this.pastAddressee(k, v.to), to)) continue;
      const npEnd = this.skipAuxLeft(k, from);
      const np = this.subjectWithModifierPhrase(npEnd, from) ?? this.withPartnerLeft(phraseLeftOf(this.ctx, npEnd, from), from) ?? this.appositiveSubject(npEnd, from) ?? this.postModifiedSubject(npEnd, from);
      const continuation = this.lexicon.continuationVerbs.matchAt(this.ctx.words, k) > 0;
      // "a message that said, “…”", "water bottles that said, “…”": the thing the relative clause is about speaks.
      const relative = !np ? this.relativeAntecedent(npEnd, from) : null;
      if (relative) return { cue: this.rangeOf(npEnd, v.to), mention: this.mentionOf(relative), relays: [], rule: 'relative-speaker-cue-quote', confidence: 0.75, continuation };
      if (!np) {
        // "He then adopted a fake accent and joked, “…”", "he began by saying, “…”", "Trump walked onto the
        // stage, chanting “…”": the verb's subject opens the sentence.
        const linked = COORDINATORS.test(this.ctx.words[npEnd - 1] ?? '') || this.lexicon.prepositions.has(this.ctx.words[npEnd - 1] ?? '');
        const participle = this.endsWithComma(npEnd - 1) && this.isParticiple(this.ctx.words[k]!);
        const subject = (punctuated && linked) || participle ? this.sentenceSubject(from, npEnd - 1) : null;
        if (subject) return { cue: this.rangeOf(npEnd, v.to), mention: subject, relays: this.relaysIn(k, to, []), rule: 'subject-cue-quote', confidence: 0.75, continuation };
        continue;
      }
      const relays = [...this.relaysIn(k, to, []), ...this.relaysIn(from, np.from, [])];
      return { cue: this.rangeOf(npEnd, v.to), mention: this.mentionOf(np), relays, rule: 'speaker-cue-quote', confidence: 0.88, continuation };
    }
    // "Said Ellis: “…”", "Said Dorothy Poynter, who grew up with Ali, “…”": the verb first, then its
    // speaker, perhaps described, then the colon or comma.
    const inverted = /^[:,]$/.test(tokens[to]?.text ?? '') ? this.verbAt(from, 'before-speaker', true) : null;
    const named = inverted ? phraseRightOf(this.ctx, inverted.to) : null;
    const described = (np: PhraseMatch) => tokens[np.to]?.text === ',' && tokens.slice(np.to, to).every((t, k) => !QUOTE_MARKS.test(t.text) && !this.reportingVerbAt(np.to + k));
    if (inverted && named && (named.to === to || described(named))) {
      return { cue: this.rangeOf(from, inverted.to), mention: this.mentionOf(named), relays: [], rule: 'cue-speaker-colon-quote', confidence: 0.85, continuation: false };
    }
    return tokens[to]?.text === ':' ? this.nameBeforeColon(from, to) ?? this.subjectBeforeColon(from, to) ?? this.sourceBeforeColon(from, to) : null;
  }

  /** The reporting verb after a speaker's prepositional modifier at token k ("in the Clinton ad asks"), or null. */
  private verbAfterModifier(k: number, limit: number): Verb | null {
    if (!this.lexicon.subjectPrepositions.has(this.ctx.words[k] ?? '')) return null;
    const object = phraseRightOf(this.ctx, k + 1);
    if (!object || object.kind !== 'phrase' || object.to - k > 6 || object.to >= limit) return null;
    return this.verbAt(this.skipAux(object.to), 'after-speaker', true);
  }

  /** The noun phrase a relative pronoun just before token `verbStart` stands for ("a headline that said"), or null. */
  private relativeAntecedent(verbStart: number, from: number): PhraseMatch | null {
    const word = this.ctx.words[verbStart - 1] ?? '';
    if (!this.lexicon.relativePronouns.has(word) && !this.lexicon.complementizers.has(word)) return null;
    const np = phraseLeftOf(this.ctx, verbStart - 1, from);
    return np && np.kind === 'phrase' ? np : null;
  }

  /**
   * "Sam Lau, the party's spokesman, said in a statement. “There are no ballots to recount.”": a
   * sentence of only a speaker, a verb and its time, place or channel introduces the quotation after it.
   */
  private leadSentenceBefore(openIndex: number, floor: number): Lead | null {
    const stop = openIndex - 1;
    if (this.p.tokens[stop]?.text !== '.' || !this.endsSentence(stop)) return null;
    const from = this.sentenceStartBefore(stop, floor);
    // A sentence of its own: "“A,” he said. “B.”" goes on the statement before (continuedFrame).
    if (from > 0 && !TERMINAL.has(this.p.tokens[from - 1]!.text)) return null;
    for (let k = stop - 1; k >= Math.max(from, stop - 16); k--) {
      const v = this.verbAt(k, 'after-speaker', true);
      if (!v) continue;
      const tail = this.pastAddressee(k, v.to);
      if (tail < stop && !this.adverbialTail(tail, stop)) return null;
      const npEnd = this.skipAuxLeft(k, from);
      const np = phraseLeftOf(this.ctx, npEnd, from) ?? this.appositiveSubject(npEnd, from);
      if (!np || np.from !== this.afterOpeners(from, npEnd)) return null;
      return { cue: this.rangeOf(npEnd, v.to), mention: this.mentionOf(np), relays: this.relaysIn(k, stop, []), rule: 'speaker-cue-sentence-quote', confidence: 0.8, continuation: false };
    }
    return null;
  }

  /** "…," the Florida senator and Republican presidential candidate said: the phrase joined after this one speaks with it. */
  private withPartnerRight(np: PhraseMatch | null): PhraseMatch | null {
    if (!np || np.kind !== 'phrase' || !this.lexicon.groupJoiners.has(this.ctx.words[np.to] ?? '')) return np;
    const partner = phraseRightOf(this.ctx, np.to + 1);
    return partner && partner.kind === 'phrase' ? { from: np.from, to: partner.to, kind: 'phrase' } : np;
  }

  /** "State Senate leader Phil Berger and House Speaker Tim Moore said": a phrase joined before this one, opening the clause, speaks with it. */
  private withPartnerLeft(np: PhraseMatch | null, from: number): PhraseMatch | null {
    if (!np || np.kind !== 'phrase' || !this.lexicon.groupJoiners.has(this.ctx.words[np.from - 1] ?? '')) return np;
    const partner = phraseLeftOf(this.ctx, np.from - 1, from);
    const opensClause = partner !== null && partner.from === this.afterOpeners(this.sentenceStartBefore(partner.from, from), partner.from);
    return partner && partner.kind === 'phrase' && opensClause ? { from: partner.from, to: np.to, kind: 'phrase' } : np;
  }

  /** After "told his audience," the token past the addressee and its comma; else `verbEnd`. */
  private pastAddressee(verb: number, verbEnd: number): number {
    if (!this.lexicon.addresseeVerbs.has(this.ctx.words[verb]!)) return verbEnd;
    const addressee = phraseRightOf(this.ctx, verbEnd);
    if (!addressee) return verbEnd;
    return this.p.tokens[addressee.to]?.text === ',' ? addressee.to + 1 : addressee.to;
  }

  /** Tokens [from, to) open with a preposition or a time word, and nothing in them opens a clause or quotes. */
  private adverbialTail(from: number, to: number): boolean {
    const first = this.ctx.words[from] ?? '';
    if (!this.lexicon.prepositions.has(first) && !this.lexicon.timeWords.has(first)) return false;
    for (let k = from; k < to; k++) {
      const t = this.p.tokens[k]!;
      // "before a hearing" is a preposition, "before the story broke" opens a clause: a subordinator that
      // is also a preposition counts only where no noun phrase follows.
      const preposition = this.lexicon.prepositions.has(t.lower) && this.lexicon.prenominals.has(this.ctx.words[k + 1] ?? '');
      const subordinator = this.lexicon.subordinators.has(t.lower) && !preposition;
      const opensClause = this.lexicon.complementizers.has(t.lower) || subordinator || this.lexicon.finiteVerbs.has(t.lower);
      if (QUOTE_MARKS.test(t.text) || opensClause || this.reportingVerbAt(k)) return false;
    }
    return true;
  }

  /**
   * "… - Jeffrey M. Jones: “…”", "Bush: "…"", "Rep. Trey Gowdy (R-S.C.): "…"": a name alone before the
   * colon, opening its clause or after a dash, labels the speaker of the quotation.
   */
  private nameBeforeColon(from: number, colon: number): Lead | null {
    const tokens = this.p.tokens;
    let end = colon;
    // A party and state ("(R-S.C.)") between the name and the colon.
    if (tokens[end - 1]?.text === ')') {
      const open = tokens.slice(Math.max(from, end - 8), end).findLastIndex((t) => t.text === '(');
      if (open !== -1) end = Math.max(from, end - 8) + open;
    }
    const np = phraseLeftOf(this.ctx, end, from);
    if (!np || np.kind !== 'phrase' || np.to !== end || np.to - np.from > 8) return null;
    const before = tokens[np.from - 1];
    if (np.from !== from && !(before && /^[-—–…]$/.test(before.text))) return null;
    const words = tokens.slice(np.from, np.to).filter((t) => t.isWord);
    const first = words[0];
    const last = words[words.length - 1];
    if (!first?.isCapitalized || !last?.isCapitalized || this.lexicon.labels.has(this.ctx.words.slice(np.from, np.to).join(' '))) return null;
    if (words.some((t) => this.lexicon.complementizers.has(t.lower) || this.lexicon.auxiliaries.has(t.lower) || this.lexicon.pronouns.has(t.lower))) return null;
    return { cue: this.rangeOf(colon, colon + 1), mention: this.mentionOf(np), relays: [], rule: 'name-colon-quote', confidence: 0.7, continuation: false };
  }

  /**
   * "In a Fox interview later that day, Trump went even further: “…”": a clause whose subject is a
   * person, ending in a colon, introduces what follows even without a reporting verb.
   */
  private subjectBeforeColon(from: number, colon: number): Lead | null {
    const start = this.clauseStart(from, colon);
    const np = phraseRightOf(this.ctx, start);
    if (!np || np.to >= colon || np.to - np.from > 6) return null;
    const words = this.p.tokens.slice(np.from, np.to);
    const personal = np.kind === 'pronoun'
      ? pronounOf(this.ctx.words[np.from]!, this.lexicon) !== 'organization'
      : words.some((t) => t.isCapitalized && !this.lexicon.clauseOpeners.has(t.lower) && !this.lexicon.articles.has(t.lower)) &&
        words.every((t, k) => t.isCapitalized || !t.isWord || this.lexicon.articles.has(t.lower) || this.lexicon.roleWords.has(t.lower) || this.lexicon.roleHeads.matchAt(this.ctx.words, np.from + k) > 0);
    // Between subject and colon a predicate: not a heading ("Update:", "Pollsters agree - Carl Bialik:",
    // "Gillibrand on Hillary …:"), nor someone quoting another ("Frank quotes Alfred Kahn:").
    const predicate = this.p.tokens.slice(np.to, colon);
    const first = predicate[0];
    if (!personal || !first || predicate.length > 8 || this.lexicon.prepositions.has(first.lower)) return null;
    if (!predicate.every((t) => (t.isWord && !this.lexicon.citingVerbs.has(t.lower)) || /^[’'-]$/.test(t.text))) return null;
    return { cue: this.rangeOf(np.to, colon + 1), mention: this.mentionOf(np), relays: [], rule: 'subject-colon-quote', confidence: 0.7, continuation: false };
  }

  /** "More from the report: “…”", "From Jones: “…”": what the quotation after the colon is taken from. */
  private sourceBeforeColon(from: number, colon: number): Lead | null {
    const start = this.clauseStart(from, colon);
    const lead = this.lexicon.sourceLeads.matchAt(this.ctx.words, start);
    const np = lead > 0 ? phraseRightOf(this.ctx, start + lead) : null;
    if (!np || np.kind !== 'phrase' || np.to !== colon) return null;
    return { cue: this.rangeOf(start, colon + 1), mention: this.mentionOf(np), relays: [], rule: 'source-colon-quote', confidence: 0.7, continuation: false };
  }

  // Quotes of a paragraph are in text order and never overlap: the neighbours are the next and previous entries.
  private nextQuoteOpenToken(q: Quote): number {
    const next = this.quotes[this.quotes.indexOf(q) + 1];
    return next ? this.tokenAt(next.open) : this.p.tokens.length;
  }

  private previousQuoteCloseToken(q: Quote): number {
    const previous = this.quotes[this.quotes.indexOf(q) - 1];
    return previous ? this.tokenAt(previous.closeEnd) : 0;
  }

  /** Reported claims in tokens `[from, to)` of this paragraph, skipping what direct quotes consumed. */
  private indirectFrames(from: number, to: number, consumed: readonly Range[], parent: number | null): Frame[] {
    const tokens = this.p.tokens;
    // Tokens a direct quotation or its frame already took, marked once for the sentence.
    const blocked = new Uint8Array(to - from);
    const taken = new RangeIndex(consumed);
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (taken.contains(t.start) || (parent === null && this.quoteInteriors.contains(t.start))) blocked[k - from] = 1;
    }
    let end = to;
    while (end > from && (!tokens[end - 1]!.isWord && tokens[end - 1]!.text !== '”' && tokens[end - 1]!.text !== '"')) end--;
    const found: Frame[] = [];
    // A direct quotation attributed earlier in the sentence speaks on in "…," X said, adding that ….
    const sentenceStart = tokens[from]?.start ?? 0;
    const sentenceEnd = tokens[Math.max(from, end - 1)]?.end ?? 0;
    let lastFrame: Frame | null =
      this.frames.filter((f) => f.paragraph === this.p.index && f.cue && f.cue.start >= sentenceStart && f.cue.end <= sentenceEnd).pop() ?? null;
    const label = parent === null && from === 0 ? this.labelFrame() : null;
    if (label) found.push(label);
    for (let i = from; i < end; i++) {
      if (blocked[i - from]) continue;
      const acc = this.accordingToAt(i);
      if (acc) {
        const f = this.accordingToFrame(acc, i, from, end, this.clauseStart(from, i));
        if (f) {
          found.push(f);
          lastFrame = f;
          i = acc.np ? acc.np.to - 1 : i;
          continue;
        }
      }
      const f = this.verbFrame(i, from, end, lastFrame) ?? this.nominalFrame(i, from, end);
      if (f) {
        found.push(f);
        lastFrame = f;
      }
    }
    return this.trimOverlaps(this.mergeAccordingTo(found), parent);
  }

  /**
   * "his suggestion that a federal judge can't be impartial", "Trump's claim that …", "klaim Trump
   * bahwa …": a noun of saying, whose possessor made the claim the clause after "that" states.
   */
  private nominalFrame(i: number, from: number, end: number): Frame | null {
    const words = this.ctx.words;
    const n = this.lexicon.claimNouns.matchAt(words, i);
    if (n === 0 || (this.p.tokens[i]!.isCapitalized && i > from && !this.titleCase)) return null;
    let that = i + n;
    // "Donald Trump's assertion Monday that …": the noun's time stands between it and its clause.
    that = this.skipTimeWords(that, end);
    let possessor: PhraseMatch | null = null;
    if (!this.lexicon.complementizers.has(words[that] ?? '')) {
      // The possessor after the noun, as Indonesian puts it ("klaim Trump bahwa").
      const np = phraseRightOf(this.ctx, that);
      if (!np || np.kind !== 'phrase' || !this.lexicon.complementizers.has(words[np.to] ?? '')) return null;
      possessor = np;
      that = np.to;
    } else {
      // The possessor before it, past its modifiers ("her fundamental argument that", "Mr. Trump's repeated claim that").
      let k = i - 1;
      while (k >= from && this.p.tokens[k]!.isWord && !/[’']s$/.test(words[k]!) && !this.lexicon.possessives.has(words[k]!) && (isModifierWord(words[k]!) || (this.lexicon.adverb?.test(words[k]!) ?? false) || isPastParticipleWord(words[k]!))) k--;
      if (k < from) return null;
      if (this.lexicon.possessives.has(words[k]!)) possessor = { from: k, to: k + 1, kind: 'pronoun' };
      else if (/[’']s$/.test(words[k]!)) possessor = phraseLeftOf(this.ctx, k + 1, from);
    }
    // "He reiterated his claim that …": the verb before reports its own subject's claim, with this clause as its content.
    if (!possessor || (possessor.kind === 'pronoun' && this.reportingVerbAt(possessor.from - 1))) return null;
    // "the argument that won people over": a relative "that", its verb right after it.
    const first = words[that + 1] ?? '';
    if (this.lexicon.finiteVerbs.has(first) || (this.lexicon.lang === 'en' && isPastTenseWord(first))) return null;
    const claimEnd = this.claimEnd(that + 1, end);
    const content = this.looksLikeClause(that + 1, claimEnd, true) ? this.contentRange(that + 1, claimEnd, 3) : null;
    if (!content) return null;
    // "Mr. Trump's": the mention is the name, without its possessive ending.
    const mention = this.mentionOf(possessor);
    const last = this.p.tokens[possessor.to - 1]!;
    if (/[’']s$/.test(last.lower) && mention.end === last.end) mention.end -= 2;
    return this.frame(this.kindOf(content), [content], this.rangeOf(i, that + 1), mention, [], 'possessor-noun-that', 0.7, false);
  }

  /** "According to the Times report, senior officials said …": the source named by "according to" relays the speaker's claim. */
  private mergeAccordingTo(found: Frame[]): Frame[] {
    const merged = found.filter((a) => {
      if (!a.mention || a.mention.kind === 'clitic') return true;
      // "According to X, S said …" (source before) and "S said …, according to X" (source after).
      const inner =
        a.rule === 'according-to-clause' ? found.find((b) => b !== a && b.mention && b.mention.start === a.content[0]!.start)
        : a.rule === 'clause-according-to' ? found.find((b) => b !== a && b.mention && b.mention.start >= a.content[0]!.start && b.mention.end <= a.content[0]!.end)
        : undefined;
      if (!inner) return true;
      const from = this.tokenAt(a.mention.start);
      const outlet = outletIn(this.ctx, from, this.tokenAt(a.mention.end));
      if (!inner.relays.some((r) => r.start === a.mention!.start)) inner.relays.push({ start: a.mention.start, end: a.mention.end, outlet: outlet?.name ?? null, cue: a.cue, spreads: false });
      return false;
    });
    return merged;
  }

  private verbFrame(i: number, from: number, end: number, previous: Frame | null): Frame | null {
    const tokens = this.p.tokens;
    const words = this.ctx.words;
    // Active relay: "CNN quoted a U.S. official as saying that …"
    const tpl = this.templateAt(i, end);
    if (tpl && tpl.subject === 'relay' && tpl.speaker) {
      const subject = phraseLeftOf(this.ctx, this.skipAuxLeft(i, from), from);
      const contentFrom = this.afterComplementizer(tpl.to, end);
      const content = this.contentRange(contentFrom, end);
      if (subject && content) {
        const outlet = outletIn(this.ctx, subject.from, subject.to);
        const relay: RelayRef = { ...this.rangeOf(subject.from, subject.to), outlet: outlet?.name ?? null, cue: this.rangeOf(i, tpl.cueTo), spreads: false };
        return this.frame(this.kindOf(content), [content], this.rangeOf(i, tpl.cueTo), tpl.speaker, [relay], `indirect-${tpl.id}`, 0.75, false);
      }
    }
    const vBefore = this.verbAt(i, 'before-speaker', false);
    const vAfter = this.verbAt(i, 'after-speaker', false);
    if (!vBefore && !vAfter) return null;
    // "… used technology to claim credit": an infinitive reports nothing yet, unless what leads it
    // says the report was made ("went on to say", "were more likely to say", "took to Twitter to say").
    const infinitive = this.lexicon.infinitiveMarkers.has(words[i - 1] ?? '');
    const lead = infinitive ? this.lexicon.infinitiveLeads.matchEndingAt(words, i - 2) : 0;
    if (infinitive && lead === 0) return null;
    // "The State Department was told that …", "he was confirmed": the subject of a passive is not the speaker.
    // "The purchase price was not disclosed", "it was widely reported": a negation or an adverb may stand between.
    let auxAt = i - 1;
    while (auxAt > from && (this.lexicon.hypotheticalMarkers.has(words[auxAt]!) || (this.lexicon.adverb?.test(words[auxAt]!) ?? false)) && !this.lexicon.passiveAuxiliaries.has(words[auxAt]!)) auxAt--;
    if (this.lexicon.passiveAuxiliaries.has(words[auxAt] ?? '') && !this.isParticiple(words[i]!)) return null;
    // After a time or place set off by commas ("Prabowo, di Surabaya, Minggu, mengatakan") the apposition closes at the comma before it.
    const subjectEnd = this.skipAuxLeft(infinitive ? i - 1 - lead : i, from);
    const appositiveEnd = tokens[subjectEnd]?.text === ',' && subjectEnd < i ? subjectEnd + 1 : subjectEnd;
    const appositive = vAfter && !(vBefore && this.namesSpeakerAfter(vBefore.to, end)) ? this.appositiveSubject(appositiveEnd, from) : null;
    if (appositive && vAfter) {
      const f = this.subjectVerbClause(appositive, i, vAfter, from, end, 'appositive-speaker-cue');
      if (f) return f;
    }

    // CLAUSE, kata X / CLAUSE, said X
    const prevIndex = subjectEnd - 1;
    const afterComma = tokens[prevIndex]?.text === ',';
    // English inverts only verbs of saying: "…, said Smith", never "Carson, speaking to the board, called the incident …".
    const invertible = vBefore !== null && (vBefore.clitic || this.lexicon.invertibleVerbs.size === 0 || words.slice(vBefore.from, vBefore.to).some((w) => this.lexicon.invertibleVerbs.has(w)) || this.citesSource(vBefore));
    // "…, has said of terrorists that …": after an auxiliary, or with a preposition after it, the verb has its subject before it.
    const uninverted = this.lexicon.finiteVerbs.has(words[i - 1] ?? '') || (vBefore !== null && this.lexicon.prepositions.has(words[vBefore.to] ?? ''));
    if (vBefore && afterComma && invertible && !uninverted && (!this.isParticiple(words[i]!) || this.lexicon.citingVerbs.has(words[i]!))) {
      const np = vBefore.clitic ? ({ from: i, to: i + 1, kind: 'pronoun' } as PhraseMatch) : phraseRightOf(this.ctx, vBefore.to + this.lexicon.continuationVerbs.matchAt(words, vBefore.to));
      const named = np && !vBefore.clitic ? this.appositiveName(np) : null;
      const rest = np ? this.resumedContent((named ?? np).to, end) : null;
      // "…, the Washington Post reported, citing four people": the clause ends before the relay that cites them.
      const citing = this.citingRelay(i, prevIndex, from);
      const relayStart = citing.length > 0 ? this.tokenAt(citing[0]!.start) : prevIndex;
      const contentEnd = tokens[relayStart - 1]?.text === ',' ? relayStart - 1 : prevIndex;
      const contentFrom = this.clauseStart(from, contentEnd, 'content');
      // Split by the attribution, each part may be short ("The plan, said Smith, was a failure").
      const content = this.contentRange(contentFrom, contentEnd, rest ? 1 : 3);
      // "…, said he." inverts; "Trump, speaking to veterans, said he would order …" does not.
      const next = np && !vBefore.clitic ? tokens[(named ?? np).to] : undefined;
      const inverted = !next || !next.isWord || this.lexicon.prepositions.has(next.lower) || this.lexicon.timeWords.has(next.lower) || this.lexicon.speakerStops.has(next.lower);
      if (np && content && inverted && (vBefore.clitic || np.kind === 'phrase' || this.lexicon.lang === 'en')) {
        const relays = [...this.relaysIn(np.to, end, []), ...citing];
        const mention = vBefore.clitic ? this.mentionOf(np, true) : this.mentionOf(named ?? np);
        return this.frame(this.kindOf(content), rest ? [content, rest] : [content], this.rangeOf(i, vBefore.to), mention, relays, 'clause-cue-speaker', 0.85, vBefore.continuation);
      }
    }
    if (!vAfter) return null;
    const npEnd = subjectEnd;
    const np = this.subjectWithModifierPhrase(npEnd, from) ?? this.subjectBeforeDashes(npEnd, from) ?? phraseLeftOf(this.ctx, npEnd, from) ?? this.postModifiedSubject(npEnd, from);
    // "Ted Cruz endorses Trump, who says he is honored": the relative pronoun's antecedent speaks.
    if (!np && this.lexicon.relativePronouns.has(words[npEnd - 1] ?? '')) {
      const k = tokens[npEnd - 2]?.text === ',' ? npEnd - 2 : npEnd - 1;
      const antecedent = phraseLeftOf(this.ctx, k, from);
      const f = antecedent && antecedent.kind === 'phrase' ? this.subjectVerbClause(antecedent, i, vAfter, from, end, 'relative-speaker-cue') : null;
      if (f) return f;
    }
    if (np) {
      // "…, teachers and union officials told POLITICO.": a phrase joined before the one found speaks with it.
      // Not "A, B and C said", which lists speakers: the words before the comma make a clause that reports nothing itself.
      const partner = np.kind === 'phrase' && this.lexicon.groupJoiners.has(words[np.from - 1] ?? '') ? phraseLeftOf(this.ctx, np.from - 1, from) : null;
      const joined = partner?.kind === 'phrase' && tokens[partner.from - 1]?.text === ',' && this.reportsAsClause(this.clauseStart(from, partner.from - 1, 'content'), partner.from - 1);
      const speakers: PhraseMatch = joined ? { from: partner.from, to: np.to, kind: 'phrase' } : np;
      const before = tokens[speakers.from - 1];
      // CLAUSE, X said (at the sentence end, or followed only by time and relay words)
      if (before?.text === ',' && speakers.from - 1 > from) {
        const contentFrom = this.clauseStart(from, speakers.from - 1, 'content');
        const rest = this.resumedContent(vAfter.to, end);
        // "In an interview on Sunday, Baird praised …": a lead of place or circumstance is not what was said.
        const lead = !rest && this.lexicon.prepositions.has(words[contentFrom]!) && this.isAdverbialLead(contentFrom, speakers.from - 1, 8);
        const content = lead ? null : this.contentRange(contentFrom, speakers.from - 1, rest ? 1 : 3);
        const tailWords = end - vAfter.to;
        // "Despite the test, experts say it underscores …": a clause after the verb is what X said.
        const ahead = tailWords >= 3 && !rest && this.p.tokens[this.skipTimeWords(vAfter.to, end)]?.isWord ? this.subjectVerbClause(this.extendSubjectLeft(speakers, this.clauseStart(from, speakers.from)) ?? speakers, i, vAfter, from, end, null) : null;
        if (ahead) return ahead;
        // "…, Mr. Manafort said, adding that …": the tail is a claim of its own.
        const secondCue = this.endsWithComma(vAfter.to) && this.isParticiple(words[vAfter.to + 1] ?? '') && this.verbAt(vAfter.to + 1, 'after-speaker', false) !== null;
        if (content && (tailWords <= 8 || rest || secondCue)) {
          return this.frame(this.kindOf(content), rest ? [content, rest] : [content], this.rangeOf(npEnd, vAfter.to), this.mentionOf(speakers), this.relaysIn(vAfter.to, rest ? this.tokenAt(rest.start) : end, []), 'clause-speaker-cue', 0.82, vAfter.continuation);
        }
      }
      // X said (that) CLAUSE
      const subject = this.extendSubjectLeft(np, this.clauseStart(from, np.from));
      if (subject) {
        const f = this.subjectVerbClause(subject, i, vAfter, from, end, null);
        if (f) return f;
      }
    }
    // "Current and former officials who spoke with The Huffington Post said …": a subject with a relative clause.
    const modified = this.subjectWithRelativeClause(npEnd, from);
    if (modified) {
      const f = this.subjectVerbClause(modified, i, vAfter, from, end, 'relative-subject-cue');
      if (f) return f;
    }
    // "…, but added that …", "…, arguing that …": a second verb of the same speaker.
    // "…, then says he'll welcome advice": "then" after a comma joins a second verb too.
    const conjunction = COORDINATORS.test(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'then' && tokens[i - 2]?.text === ',');
    // "…, saying …", "… – saying …", "after saying …": a participle after a pause or a lead word shares
    // the sentence's subject ("criticized Clinton for saying …" does not: Clinton spoke).
    const led = this.endsWithComma(i - 1) || (i > from && this.isDash(i - 1)) || this.lexicon.participleLeads.has(words[i - 1] ?? '');
    const participle = led && this.isParticiple(words[i]!);
    if (conjunction || participle) {
      // Without an earlier cue in the sentence, the participle's speaker is the sentence's subject ("Trump attacked Clinton, saying …").
      const subject = previous?.mention ?? this.sentenceSubject(from, i);
      const object = this.objectAfter(vAfter.to, end);
      const contentFrom = this.afterComplementizer(object.to, end);
      const content = this.contentRange(contentFrom, end);
      // "… and said a curfew would continue": a bare clause too, after a verb that takes no noun object.
      const verb = this.ctx.words[vAfter.from]!;
      const markers = this.claimMarkers(verb);
      const bareClause = contentFrom === object.to && vAfter.to - vAfter.from === 1 && !this.lexicon.objectVerbs.has(verb) && !markers && this.looksLikeClause(contentFrom, end, false);
      // "… and described the intercepts as a poor guide": naming with a description, or with quoted words, is a claim.
      const named = markers ? this.contentRange(vAfter.to, end) : null;
      const naming = named !== null && (this.ctx.words.slice(vAfter.to, end).some((w) => markers!.has(w)) || this.kindOf(named) === 'mixed');
      const claim = naming ? named : content;
      // "…, adding to her run of victories": a participle reports only a clause.
      const thatAhead = this.ctx.words.slice(contentFrom, Math.min(end, contentFrom + 12)).some((w) => this.lexicon.complementizers.has(w));
      const participleClause = participle && this.looksLikeClause(contentFrom, end, contentFrom > object.to || thatAhead);
      if (subject && claim && (contentFrom > object.to || participleClause || bareClause || naming)) {
        return this.frame(this.kindOf(claim), [claim], this.rangeOf(i, vAfter.to), subject, previous?.relays ?? [], previous ? 'coordinated-cue' : participle ? 'subject-participle-cue' : 'subject-coordinated-cue', previous ? 0.75 : 0.65, true);
      }
    }
    return null;
  }

  /**
   * "…, the race will be tight, said Dan Gerstein, director of …": the verb is followed by a name that
   * ends the sentence or is described in apposition, so the speaker comes after it, whatever the commas before hold.
   */
  private namesSpeakerAfter(k: number, end: number): boolean {
    const name = phraseRightOf(this.ctx, k);
    if (!name || name.kind !== 'phrase' || !this.isProperName(name)) return false;
    const after = this.p.tokens[name.to];
    return name.to >= end || after === undefined || TERMINAL.has(after.text) || (after.text === ',' && this.isAppositive(name.to + 1, end));
  }

  /**
   * "The latest test, North Korea said, was its biggest yet": after an attribution set off by
   * commas, the sentence goes on with the same claim. Not when what follows is a new cue ("…,
   * adding that"), a subordinate clause or a quotation.
   */
  private resumedContent(k: number, end: number): Range | null {
    const tokens = this.p.tokens;
    k = this.skipTimeWords(k, end);
    if (tokens[k]?.text !== ',' || k + 1 >= end) return null;
    const first = tokens[k + 1]!;
    if (!first.isWord || this.lexicon.subordinators.has(first.lower) || this.lexicon.clauseOpeners.matchAt(this.ctx.words, k + 1) > 0) return null;
    // "…, said Dan Gerstein, director of Gotham Ghostwriters": a description of the speaker, not more of the
    // claim; only where word classes tell a description from a clause.
    if (this.isParticiple(first.lower) || (this.ctx.isNominal && this.isAppositive(k + 1, end))) return null;
    for (let j = k + 1; j < end; j++) {
      if (QUOTE_MARKS.test(tokens[j]!.text) || this.verbAt(j, 'after-speaker', false) || this.accordingToAt(j) || this.lexicon.relayCues.matchAt(this.ctx.words, j) > 0) return null;
    }
    return this.contentRange(k + 1, end);
  }

  /** Token k is a comma, or a quotation's closing mark right after one ("… “expanded the party,” claiming …"). */
  private endsWithComma(k: number): boolean {
    const t = this.p.tokens[k];
    return t !== undefined && (t.text === ',' || (QUOTE_MARKS.test(t.text) && this.p.tokens[k - 1]?.text === ','));
  }

  /**
   * Where a reported claim stops before the sentence does: at a semicolon, at a dash opening a new
   * clause ("— and he noted …"), or before a second cue of the same speaker ("claimed vast wealth
   * and said …", "…, claiming that …"), which reports a claim of its own. Quotations are passed over whole.
   */
  private claimEnd(from: number, end: number, within: 'adverbial' | 'relative' | null = null): number {
    const tokens = this.p.tokens;
    for (let k = from; k < end; k++) {
      const t = tokens[k]!;
      if (this.quoteInteriors.contains(t.start)) continue;
      if (t.text === ';') return k;
      // "While Ramos said that journalists cannot …, he appears uneasy": the main clause follows the comma;
      // "Barkley, who said he votes Democratic, said …": the antecedent's own verb does.
      if (within && t.text === ',' && k > from + 1 && (within === 'adverbial' ? this.opensMainClause(k + 1, end) : this.opensPredicate(k + 1))) return k;
      // "— a play on words …": the writer's own remark on what was said.
      if (/^[—–]$/.test(t.text) && (this.lexicon.clauseOpeners.matchAt(this.ctx.words, k + 1) > 0 || this.lexicon.indefiniteWords.has(this.ctx.words[k + 1] ?? ''))) return k;
      if (COORDINATORS.test(t.lower) && k > from && this.verbAt(k + 1, 'after-speaker', false)) return k;
      if (this.endsWithComma(k) && k > from && this.isParticiple(this.ctx.words[k + 1] ?? '') && this.verbAt(k + 1, 'after-speaker', false)) return t.text === ',' ? k : k + 1;
    }
    return end;
  }

  /** "…, citing four people with knowledge of …", "…, citing Reuters": a source cited, not a reason ("citing the attack"). */
  private citesSource(v: Verb): boolean {
    if (!this.ctx.words.slice(v.from, v.to).some((w) => this.lexicon.citingVerbs.has(w))) return false;
    const np = phraseRightOf(this.ctx, v.to);
    if (!np) return false;
    const words = this.ctx.words;
    return this.p.tokens.slice(np.from, np.to).some((t, k) => t.isCapitalized || this.lexicon.roleHeads.matchAt(words, np.from + k) > 0 || this.lexicon.publicationNouns.has(t.lower));
  }

  /** "said one candidate …", "has argued …": a verb with no subject of its own at `k`. */
  private opensPredicate(k: number): boolean {
    const w = this.ctx.words[k] ?? '';
    return this.lexicon.finiteVerbs.has(w) || this.lexicon.auxiliaries.has(w) || this.verbAt(k, 'after-speaker', false) !== null || (this.lexicon.lang === 'en' && isPastTenseWord(w));
  }

  /** "he appears uneasy", "Trump in recent weeks has hired": a subject and its verb open the words at `from`. */
  private opensMainClause(from: number, end: number): boolean {
    const first = this.p.tokens[from];
    if (!first?.isWord || COORDINATORS.test(first.lower) || this.lexicon.prepositions.has(first.lower) || this.lexicon.relativePronouns.has(first.lower) || this.lexicon.complementizers.has(first.lower)) return false;
    if (pronounOf(first.lower, this.lexicon)) return true;
    // "…, has used": a verb with no subject of its own goes on the clause before.
    const determiner = this.lexicon.articles.has(first.lower) || this.lexicon.prenominals.has(first.lower);
    if (this.lexicon.finiteVerbs.has(first.lower) || (this.ctx.isNominal !== null && !first.isCapitalized && !determiner && !this.ctx.isNominal(from))) return false;
    for (let k = from + 1; k < Math.min(end, from + 8); k++) {
      const t = this.p.tokens[k]!;
      if (!t.isWord) return false;
      const verb = this.lexicon.finiteVerbs.has(t.lower) || this.verbAt(k, 'after-speaker', false) !== null || (this.ctx.isNominal !== null && !t.isCapitalized && !this.ctx.isNominal(k) && !this.lexicon.prepositions.has(t.lower) && !this.lexicon.articles.has(t.lower));
      if (verb) return true;
    }
    return false;
  }

  /**
   * "predicted lawsuits could be filed", "denied the report was true": a short subject, then a finite
   * verb, makes a clause even after a verb that otherwise takes a noun ("predicted a landslide").
   */
  private opensFiniteClause(from: number, end: number): boolean {
    // "added he would …": a subject pronoun opens a clause.
    const first = this.ctx.words[from] ?? '';
    const pronoun = pronounOf(first, this.lexicon);
    if (pronoun && (pronoun !== 'organization' || /[’'](s|ll|d)$/.test(first))) return true;
    for (let k = from + 1; k < Math.min(end, from + 6); k++) {
      const w = this.ctx.words[k]!;
      if (!this.p.tokens[k]!.isWord || this.lexicon.relativePronouns.has(w) || this.lexicon.complementizers.has(w) || this.lexicon.prepositions.has(w) || COORDINATORS.test(w) || this.lexicon.asWords.has(w)) return false;
      if (this.lexicon.finiteVerbs.has(w)) return true;
    }
    return false;
  }

  /** X said (that) CLAUSE, with X found left of the verb at token i. */
  private subjectVerbClause(np: PhraseMatch, i: number, v: Verb, from: number, sentenceEnd: number, rule: string | null): Frame | null {
    // "…, according to Meridian Wire." / "…, as reported by X." closing the sentence names a relay, not content.
    const trailing = this.trailingRelay(v.to, sentenceEnd);
    // "While only 7 percent said …": a focus word stands between the subordinator and the subject.
    let openerAt = np.from - 1;
    while (openerAt > from && this.lexicon.focusWords.has(this.ctx.words[openerAt]!)) openerAt--;
    const opener = this.ctx.words[openerAt] ?? '';
    // "While Ramos said …, he …", "in an election year in which a majority of Americans say …, even some allies …".
    const inRelative = this.lexicon.relativePronouns.has(opener) && this.lexicon.prepositions.has(this.ctx.words[openerAt - 1] ?? '');
    const adverbial = (this.lexicon.adverbialSubordinators.has(opener) && openerAt === this.clauseStart(from, openerAt)) || inRelative;
    const relative = rule === 'relative-speaker-cue';
    const end = this.claimEnd(v.to, trailing ? trailing.comma : sentenceEnd, adverbial ? 'adverbial' : relative ? 'relative' : null);
    const object = this.objectAfter(v.to, end);
    const contentFrom = this.afterComplementizer(object.to, end);
    const verb = v.to - v.from === 1 ? this.ctx.words[v.from]! : '';
    const markers = this.claimMarkers(verb);
    // "mengucapkan terima kasih": a phrase whose verb takes a noun object reports only through "bahwa" or quoted words.
    const takesObject = this.lexicon.objectVerbs.has(this.ctx.words[v.from]!);
    // "called Trump “unhinged.”": naming with quoted words needs no more than two.
    const short = markers ? this.contentRange(contentFrom, end, 2) : null;
    const hasThat = contentFrom > object.to && this.lexicon.complementizers.has(this.ctx.words[contentFrom - 1]!);
    // "said that he won": after a complementizer a subject and its verb are enough.
    const content = this.contentRange(contentFrom, end, hasThat ? 2 : 3) ?? (short && this.kindOf(short) === 'mixed' ? short : null);
    if (!content) return null;
    // "called half of his supporters “deplorables”", "menggambarkan Iran sebagai bahaya …", "accused
    // Obama of bungling the recovery": naming or accusing is a claim with the words quoted, or with its marker.
    if (markers) {
      const described = this.ctx.words.slice(contentFrom, end).some((w) => markers.has(w));
      if (this.kindOf(content) !== 'mixed' && !described) return null;
    } else {
      // "Marquis criticized “sloppy journalism …”": a verb taking an object reports it when it is quoted.
      const quotedObject = takesObject && this.kindOf(content) === 'mixed';
      if (!this.looksLikeClause(contentFrom, end, hasThat) && !quotedObject) return null;
      if (!hasThat && takesObject && !quotedObject && !this.opensFiniteClause(contentFrom, end)) return null;
    }
    const npEnd = this.skipAuxLeft(i, from);
    // "said in a statement carried by SANA that …": a relay may stand between the verb and its clause.
    const relays = [...object.relays, ...this.relaysIn(object.to, contentFrom, []), ...this.relaysIn(from, np.from, []), ...(trailing ? [trailing.relay] : [])];
    // "menyebutkan bahwa", "said that": a complementizer right after the verb is part of the cue.
    const cueTo = hasThat && contentFrom === v.to + 1 ? contentFrom : v.to;
    return this.frame(this.kindOf(content), [content], this.rangeOf(npEnd, cueTo), this.mentionOf(np), relays, rule ?? (hasThat ? 'speaker-cue-that' : 'speaker-cue-clause'), hasThat ? 0.85 : 0.72, v.continuation);
  }

  /** "head of a research centre", "the agency's director": a noun phrase describing the name before it, no clause. */
  private isAppositive(from: number, end: number): boolean {
    const words = this.ctx.words;
    const first = words[from]!;
    if (!(this.lexicon.articles.has(first) || this.lexicon.roleWords.has(first) || this.lexicon.roleHeads.matchAt(words, from) > 0)) return false;
    for (let k = from; k < end; k++) {
      const t = this.p.tokens[k]!;
      if (!t.isWord) continue;
      if (this.lexicon.auxiliaries.has(t.lower) || this.lexicon.complementizers.has(t.lower) || this.verbAt(k, 'after-speaker', false)) return false;
      // "a former Democratic tax aide now teaching at New York University": modifiers may follow the noun.
      const modifier = this.lexicon.prepositions.has(t.lower) || this.lexicon.articles.has(t.lower) || this.lexicon.timeWords.has(t.lower) || this.lexicon.groupJoiners.has(t.lower) || this.isParticiple(t.lower);
      if (this.ctx.isNominal && !t.isCapitalized && !this.ctx.isNominal(k) && !modifier) return false;
    }
    return true;
  }

  private accordingToFrame(acc: AccordingTo, i: number, from: number, end: number, clauseStart: number): Frame | null {
    const tokens = this.p.tokens;
    // "According to early results of exit polls conducted for the AP by Edison Research, …": at a sentence
    // start the source runs to the first comma, however long.
    if (i === clauseStart && (!acc.np || tokens[acc.np.to]?.text !== ',')) {
      let k = acc.cueTo;
      while (k < end && k < acc.cueTo + 25 && tokens[k]!.text !== ',') {
        // "Menurut Kepala Humas Vinda mengatakan, …": a blend whose verb frame reports it.
        if (k > acc.cueTo && tokens[k + 1]?.text === ',' && this.verbAt(k, 'after-speaker', false)) return null;
        k++;
      }
      if (tokens[k]?.text === ',' && k > acc.cueTo) acc = { ...acc, np: { from: acc.cueTo, to: k, kind: 'phrase' } };
    }
    const closing = /^[,—–]$/.test(tokens[i - 1]?.text ?? '');
    // ", according to early results of the exit poll": a source the phrase reader does not take whole.
    if (!acc.np && closing && !acc.clitic) acc = { ...acc, np: { from: acc.cueTo, to: acc.cueTo, kind: 'phrase' } };
    if (!acc.np) return null;
    const np = this.namedInApposition(acc.np);
    const mention = this.mentionOf(np, acc.clitic);
    const cue = this.rangeOf(i, acc.cueTo);
    // Menurut X, CLAUSE / Di Mosul, menurut X, CLAUSE — unless an appositive follows X
    // ("…, it can reduce suicide, according to X, head of …"): then X closes the clause before.
    if (i === clauseStart) {
      let k = np.to;
      while (k < end && k < np.to + 6 && tokens[k]!.text !== ',') k++;
      // "…, according to Jason Delisle, who was an adviser …": a relative clause describes X too.
      const describesSource = tokens[i - 1]?.text === ',' && (this.isAppositive(k + 1, end) || this.lexicon.relativePronouns.has(this.ctx.words[k + 1]!));
      if (tokens[k]?.text === ',' && k + 1 < end && !describesSource) {
        const content = this.contentRange(k + 1, end);
        if (content && this.looksLikeClause(k + 1, end, true)) {
          return this.frame(this.kindOf(content), [content], cue, mention, this.relaysIn(np.to, k, []), 'according-to-clause', 0.85, false);
        }
      }
    }
    // CLAUSE, according to X. / CLAUSE, according to X, an appositive or a trailing remark.
    if (closing) {
      const source = this.trailingSource(np, end);
      // "…, according to a new poll that shows …": a relative clause describes the source, however long.
      const described = this.lexicon.relativePronouns.has(this.ctx.words[source.to] ?? '') || this.lexicon.complementizers.has(this.ctx.words[source.to] ?? '');
      const named = source.to > source.from && (end - source.to <= 6 || tokens[source.to]?.text === ',' || described);
      const content = named ? this.contentRange(this.clauseStart(from, i - 1, 'content'), i - 1) : null;
      if (content) return this.frame(this.kindOf(content), [content], cue, this.mentionOf(source, acc.clitic), [], 'clause-according-to', 0.85, false);
    }
    return null;
  }

  /** The noun phrase opening the clause before a relative pronoun ("officials who spoke with …"), when the verb at `verbStart` follows its clause without a comma. */
  private subjectWithRelativeClause(verbStart: number, from: number): PhraseMatch | null {
    for (let r = verbStart - 2; r > from && r >= verbStart - 13; r--) {
      const t = this.p.tokens[r]!;
      if (!t.isWord && !/^[’'.-]$/.test(t.text)) return null;
      if (!this.lexicon.relativePronouns.has(t.lower)) continue;
      // "But even Republicans who have praised him warned": openers and focus words are not the subject.
      const start = this.afterOpeners(this.clauseStart(from, r), r);
      const head = phraseLeftOf(this.ctx, r, start);
      const np = head && head.kind === 'phrase' ? this.extendSubjectLeft(head, start) : null;
      return np && np.from === start && np.to === r ? np : null;
    }
    return null;
  }

  /**
   * A subject whose last word is no noun: "Ford itself said", "a source close to him said", "those
   * surveyed said". A reflexive leaves the name as the mention; an object pronoun after a preposition,
   * or a participle after a noun or determiner, stays in it.
   */
  /**
   * "a source familiar with Cruz’s thinking said", "people briefed on the move said", "a statement posted
   * on the website said": a noun, a modifier opening with a lexicon phrase or a participle and its
   * preposition, and its object.
   */
  private subjectWithModifierPhrase(verbStart: number, from: number): PhraseMatch | null {
    // "veterans interviewed at rallies this week said", "Democrats going to the polls Tuesday say": before
    // a finite reporting verb a participle and any preposition modify the noun, since the clause's verb is still to come.
    const finite = !this.isParticiple(this.ctx.words[verbStart] ?? '');
    for (let m = verbStart - 2; m > from && m >= verbStart - 9; m--) {
      const w = this.ctx.words[m]!;
      const participle = isPastParticipleWord(w) || (this.isParticiple(w) && this.lexicon.accordingTo.matchAt(this.ctx.words, m) === 0);
      const reduced = finite && this.lexicon.lang === 'en' && !this.p.tokens[m]!.isCapitalized && participle && this.lexicon.prepositions.has(this.ctx.words[m + 1] ?? '') ? 2 : 0;
      const n = modifierAt(this.ctx.words, this.p.tokens, m, this.lexicon) || reduced;
      if (n === 0 || m + n >= verbStart) continue;
      const object = this.p.tokens.slice(m + n, verbStart);
      // "Chuck Williams declined to name the delegates but said": a verb after "but" or "and" is coordinated, so the participle was a verb too.
      if (COORDINATORS.test(object[object.length - 1]?.lower ?? '')) return null;
      const plain = object.every((t, j) => (t.isWord || /^[’'-]$/.test(t.text)) && !this.lexicon.complementizers.has(t.lower) && !this.lexicon.auxiliaries.has(t.lower) && !this.verbAt(m + n + j, 'after-speaker', false));
      const head = plain ? phraseLeftOf(this.ctx, m, from) : null;
      return head && head.kind === 'phrase' && head.to === m ? { from: head.from, to: verbStart, kind: 'phrase' } : null;
    }
    return null;
  }

  /** "Many speakers at the service — including Muslims and Jews — said": the subject before a parenthetical set off by dashes. */
  private subjectBeforeDashes(verbStart: number, from: number): PhraseMatch | null {
    const open = this.skipParentheticalLeft(verbStart, from);
    if (open === verbStart) return null;
    const np = phraseLeftOf(this.ctx, open, from);
    return np && np.kind === 'phrase' && np.from === this.afterOpeners(this.clauseStart(from, np.from), np.from) ? np : null;
  }

  private postModifiedSubject(verbStart: number, from: number): PhraseMatch | null {
    const k = verbStart - 1;
    const word = this.ctx.words[k];
    if (k <= from || word === undefined || this.p.tokens[k]!.isCapitalized) return null;
    if (this.lexicon.reflexives.has(word)) {
      const head = phraseLeftOf(this.ctx, k, from);
      return head && head.kind === 'phrase' ? head : null;
    }
    if (this.lexicon.objectPronouns.has(word) && this.lexicon.prepositions.has(this.ctx.words[k - 1]!)) {
      const head = phraseLeftOf(this.ctx, k - 1, from);
      return head && head.kind === 'phrase' ? { from: head.from, to: k + 1, kind: 'phrase' } : null;
    }
    const suffix = this.lexicon.modifierParticipleSuffix;
    // After a name the participle is the name's own verb ("Lazar released notes").
    if (suffix && word.endsWith(suffix) && !this.verbAt(k, 'after-speaker', false) && !this.p.tokens[k - 1]!.isCapitalized) {
      const determiner = this.lexicon.prenominals.has(this.ctx.words[k - 1]!);
      const head = determiner ? { from: k - 1, to: k, kind: 'phrase' as const } : phraseLeftOf(this.ctx, k, from);
      return head && head.kind === 'phrase' ? { from: head.from, to: k + 1, kind: 'phrase' } : null;
    }
    return null;
  }

  /**
   * ", according to early results of the exit poll conducted by Edison": closing a clause, the source
   * runs on to the next comma or the sentence end, unless a cue there opens a claim of its own.
   */
  private trailingSource(np: PhraseMatch, end: number): PhraseMatch {
    const tokens = this.p.tokens;
    let k = np.to;
    // "exit polls reported by CNN": a participle before a preposition describes the source; another verb reports a claim of its own.
    const reports = (k: number) => this.verbAt(k, 'after-speaker', false) !== null && !this.lexicon.prepositions.has(this.ctx.words[k + 1] ?? '');
    while (k < end && k < np.to + 20 && tokens[k]!.text !== ',' && !QUOTE_MARKS.test(tokens[k]!.text) && !this.lexicon.complementizers.has(this.ctx.words[k]!) && !reports(k)) k++;
    return k === end || tokens[k]?.text === ',' ? { ...np, to: k } : np;
  }

  /** "surat kabar Israel, Haaretz,": a description in lower case, then the name in apposition; the mention holds both. */
  private namedInApposition(np: PhraseMatch): PhraseMatch {
    const tokens = this.p.tokens;
    if (np.kind !== 'phrase' || tokens[np.to]?.text !== ',') return np;
    // A description ("the spokesman", "Kepala Humas Unesa"): lower-case words and places, or a role first.
    const words = this.ctx.words;
    const described =
      this.lexicon.roleHeads.matchAt(words, this.lexicon.articles.has(words[np.from]!) ? np.from + 1 : np.from) > 0 ||
      tokens.slice(np.from, np.to).every((t, k) => !t.isCapitalized || this.shared.places.matchAt(words, np.from + k) > 0);
    const name = phraseRightOf(this.ctx, np.to + 1);
    if (!described || !name || name.kind !== 'phrase' || tokens[name.to]?.text !== ',' || !this.isProperName(name)) return np;
    // "According to the summary, Cheryl Mills, a top Clinton aide, sent …": a name with its own apposition opens the clause.
    if (this.isAppositive(name.to + 1, Math.min(tokens.length, name.to + 8))) return np;
    // "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi …" is a list; ", Surabaya," a place.
    if (this.lexicon.groupJoiners.has(words[name.to + 1] ?? '') || this.shared.places.matchAt(words, name.from) === name.to - name.from) return np;
    return { from: np.from, to: name.to, kind: 'phrase' };
  }

  /** Nested attributions inside a direct quotation: the quoted speaker reports someone else. */
  private nestedFrames(direct: Frame[]): void {
    for (const outer of direct) {
      const outerIndex = this.frames.indexOf(outer);
      for (const c of outer.content) {
        const inner = this.p.tokens.slice(this.tokenAt(c.start), this.tokenAt(c.end));
        for (const s of splitSentences(inner, (t) => this.isAbbreviation(t))) {
          const from = this.tokenAt(s.start);
          for (const f of this.indirectFrames(from, from + s.tokens.length, [], outerIndex)) {
            // Inside a quotation only a marked report counts ("menurut X, …", "I said at the meeting that …"):
            // a bare "he has said hateful things" is the speaker's own wording, not a relayed claim.
            // … nor a claim named by a noun ("their argument that …"), the speaker's own characterisation of it.
            if (!this.isOwnBelief(f) && !this.isHypothetical(f) && f.rule !== 'speaker-cue-clause' && f.rule !== 'possessor-noun-that') this.frames.push(f);
          }
        }
      }
    }
  }

  /**
   * "PENCE: And that's why …", "A: No, no one did.", "Paul Ryan: FBI Decision …": a speaker's label
   * opening a paragraph, as in a transcript or a headline; the turn runs to the paragraph's end.
   */
  private labelFrame(): Frame | null {
    const end = this.p.tokens.length;
    const letter = /^\p{Lu}$/u.test(this.p.tokens[0]?.text ?? '') && this.p.tokens[1]?.text === ':';
    const np = letter ? { from: 0, to: 1, kind: 'phrase' as const } : phraseRightOf(this.ctx, 0);
    if (!np || np.kind !== 'phrase' || np.to > 5 || this.p.tokens[np.to]?.text !== ':') return null;
    if (this.lexicon.labels.has(this.ctx.words.slice(0, np.to).join(' ').replace(/ ([’']) /g, '$1'))) return null;
    if (!this.p.tokens.slice(0, np.to).every((t) => t.isCapitalized || !t.isWord)) return null;
    // A headline or a list's heading is no speaker: "South Carolina: …", "Big Win For Bernie: …", "Revealed: …", "Monday’s Morning Email: …".
    const words = this.ctx.words.slice(0, np.to);
    if (this.shared.places.matchAt(this.ctx.words, 0) === np.to) return null;
    if (words.some((w) => this.lexicon.prepositions.has(w) || /[’']s$/.test(w) || (this.lexicon.lang === 'en' && isPastTenseWord(w)))) return null;
    const content = this.contentRange(np.to + 1, end);
    // A quotation right after the label is the name-colon-quote frame's.
    if (!content || this.quotes.some((q) => q.open === content.start || (q.open <= content.start && q.closeEnd >= content.end))) return null;
    return this.frame(this.kindOf(content), [content], this.rangeOf(np.to, np.to + 1), this.mentionOf(np), [], 'label-colon', 0.7, false);
  }

  /**
   * "I think …", "I will predict the winner" inside one's own quotation attribute nothing new;
   * "I said at the meeting that …" reports an earlier statement and stays.
   */
  private isOwnBelief(f: Frame): boolean {
    if (!f.mention || !f.cue) return false;
    const who0 = this.p.text.slice(f.mention.start - this.p.start, f.mention.end - this.p.start).toLowerCase();
    const who = who0.replace(/[’'](ll|d|s|re|ve|m)$/, '');
    const verb = this.p.text.slice(f.cue.start - this.p.start, f.cue.end - this.p.start).toLowerCase().split(/\s+/);
    if (verb.some((w) => this.lexicon.beliefVerbs.has(w))) return true;
    if (!/^(i|we|saya|kami|aku|kita)$/.test(who) && !/^(i|we)[’'](ll|d|ve|m)$/.test(who0)) return false;
    // "I must tell you that …", "we have argued that …": the speaker's own voice, not an earlier statement.
    if (verb.some((w) => this.lexicon.auxiliaries.has(w)) || /[’'](ll|d|ve)$/.test(who0)) return true;
    const complementizer = verb.some((w) => this.lexicon.complementizers.has(w)) || this.lexicon.complementizers.has(this.ctx.words[this.tokenAt(f.content[0]!.start) - 1] ?? '');
    return verb.some((w) => this.lexicon.beliefVerbs.has(w)) || !complementizer;
  }

  /**
   * "Anyone claiming that …", "people who say …", "You shouldn't say that …", "They won't even admit
   * that …": inside a quotation, a speaker who stands for nobody in particular, or a verb under a
   * negation or a modal, reports nothing; the quoted speaker is arguing, not relaying.
   */
  private isHypothetical(f: Frame): boolean {
    if (!f.mention || !f.cue) return false;
    const words = this.ctx.words;
    let from = this.tokenAt(f.mention.start);
    const to = this.tokenAt(f.mention.end);
    while (from < to && this.lexicon.articles.has(words[from]!)) from++;
    const generic = this.lexicon.genericSpeakers.matchAt(words, from);
    if (generic > 0 && (from + generic === to || this.lexicon.relativePronouns.has(words[from + generic] ?? ''))) return true;
    for (let k = to; k < this.tokenAt(f.cue.end); k++) if (this.lexicon.hypotheticalMarkers.has(words[k]!)) return true;
    return false;
  }

  private trimOverlaps(found: Frame[], parent: number | null): Frame[] {
    // A later frame's cue ends the content of an earlier one ("…, but added that …").
    for (let k = 0; k < found.length - 1; k++) {
      const a = found[k]!;
      const b = found[k + 1]!;
      const bStart = Math.min(b.cue?.start ?? Infinity, b.mention?.start ?? Infinity);
      const last = a.content[a.content.length - 1]!;
      if (last.end > bStart && last.start < bStart) {
        let cut = this.tokenAt(bStart);
        while (cut > 0 && (/^(but|and|dan|namun|tetapi)$/.test(this.ctx.words[cut - 1]!) || !this.p.tokens[cut - 1]!.isWord) && !QUOTE_MARKS.test(this.p.tokens[cut - 1]!.text)) cut--;
        const trimmed = this.contentRange(this.tokenAt(last.start), cut);
        if (trimmed) a.content[a.content.length - 1] = trimmed;
      }
    }
    for (const f of found) f.parent = parent;
    return found;
  }

  // ---- pieces ---------------------------------------------------------------------------
}

/** An attribution waiting for the quotation it introduces. */
interface Lead {
  cue: Range;
  mention: MentionRef;
  relays: RelayRef[];
  rule: string;
  confidence: number;
  continuation: boolean;
}

/** What one paragraph hands to the next. */
interface FrameState {
  /** "Caddell continued:" closing the previous paragraph. */
  colonLead: Lead | null;
  /** Quotes already attributed, across paragraphs. */
  claimed: Set<Quote>;
}
