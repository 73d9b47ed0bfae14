import type { NormalizedText } from './01-normalize.ts';
import type { Lexicon, SharedLexicon } from './lexicon.ts';
import { RangeIndex } from './ranges.ts';
import { tokenize, type Token } from './tokens.ts';

export type SkipReason = 'title' | 'boilerplate' | 'duplicate' | 'credit';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Where the prose starts, after a dateline such as "WASHINGTON (Reuters) -". */
  bodyStart: number;
  /** Why the paragraph carries no attributions, or null for prose. */
  skip: SkipReason | null;
}

export interface Segmented {
  doc: NormalizedText;
  paragraphs: Paragraph[];
}

// "WASHINGTON (Reuters) -", "WASHINGTON, March 18 (Xinhua) --", "KONTAN.CO.ID - DAMASKUS.", "JAKARTA , KOMPAS —":
// capitalised words, dates and a parenthesised agency, ended by a dash.
const DATELINE_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\p{M}\d.'’&]*|\([^)]{2,40}\)|,)`;
const DATELINE = new RegExp(
  String.raw`^(?=[^\n]{0,80}?(?:\p{Lu}{3,}|\([^)]{2,40}\)))${DATELINE_WORD}(?:\s*${DATELINE_WORD}){0,8}\s*(?:--|[-—–])\s*(?:\p{Lu}{3,}(?: \p{Lu}{3,})*\.\s+)?`,
  'u',
);

/** Lines are paragraphs; blank lines only separate them. */
export function segment(doc: NormalizedText): Segmented {
  const paragraphs: Paragraph[] = [];
  const LINE = /[^\n]+/g;
  for (const m of doc.text.matchAll(LINE)) {
    let start = m.index!;
    let end = start + m[0].length;
    while (start < end && /\s/.test(doc.text[start]!)) start++;
    while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
    if (start === end) continue;
    const text = doc.text.slice(start, end);
    const dateline = paragraphs.length < 3 ? DATELINE.exec(text) : null;
    const bodyStart = dateline && dateline[0].length < text.length ? start + dateline[0].length : start;
    paragraphs.push({ index: paragraphs.length, start, end, text, tokens: tokenize(text, start), skip: null, bodyStart });
  }
  return { doc, paragraphs };
}

/**
 * Marks paragraphs that are not prose: a headline, publisher boilerplate, a repeated photo
 * caption, and lone credit lines ("Reuters", "Sumber: Antara").
 */
export function markNonProse(segmented: Segmented, lexicon: Lexicon, shared: SharedLexicon): Segmented {
  const seen = new Set<string>();
  const paragraphs = segmented.paragraphs.map((p, i) => {
    const key = p.text.toLowerCase().replace(/\s+/g, ' ');
    const skip: SkipReason | null =
      isCreditLine(p, lexicon, shared) ? 'credit'
      : lexicon.boilerplate.some((re) => re.test(p.text)) ? 'boilerplate'
      : seen.has(key) ? 'duplicate'
      : i === 0 && isHeadline(p, segmented.paragraphs.length) ? 'title'
      : null;
    seen.add(key);
    const label = LABEL.exec(p.text);
    const bodyStart = label && lexicon.labels.has(label[1]!.toLowerCase()) ? Math.max(p.bodyStart, p.start + label[0].length) : p.bodyStart;
    return skip || bodyStart !== p.bodyStart ? { ...p, skip, bodyStart } : p;
  });
  return { ...segmented, paragraphs };
}

// "INTRO:", "TEXT:", "PENCE:" — a label before the paragraph's prose.
const LABEL = /^([\p{Lu}][\p{Lu}’' ]{1,20}):\s+/u;
// "Pat Caddell: Democrat Voters Worried …" — a headline that attributes.
const SPEAKER_HEADLINE = /^[\p{Lu}][\p{L}\p{M}.’' -]{1,40}:\s/u;

function isHeadline(p: Paragraph, paragraphCount: number): boolean {
  const words = p.tokens.filter((t) => t.isWord).length;
  return paragraphCount > 1 && words <= 20 && !/[.!?:"”’']$/.test(p.text) && !SPEAKER_HEADLINE.test(p.text);
}

/** A line that is only an outlet name, or "Sumber: X" / "Source: X" (possibly with "| Editor: …"). */
function isCreditLine(p: Paragraph, lexicon: Lexicon, shared: SharedLexicon): boolean {
  const words = p.tokens.map((t) => t.lower);
  if (words.length > 0 && shared.outletNames.matchAt(words, 0) === words.length) return true;
  const first = words[0];
  return first !== undefined && lexicon.sourceCredits.has(first) && words[1] === ':' && p.tokens.length <= 16;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

const TERMINAL = new Set(['.', '!', '?']);
const CLOSERS = /["”’»')\]]/;

/**
 * Splits a run of tokens into sentences at . ! ? followed by a capitalised word or a quote,
 * never after a known abbreviation or initial, and never inside a protected range (a quote).
 */
export function splitSentences(
  tokens: readonly Token[],
  isAbbreviation: (word: Token) => boolean,
  protectedRanges: readonly { start: number; end: number }[] = [],
): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const interiors = new RangeIndex(protectedRanges.map((r) => ({ start: r.start + 1, end: r.end - 1 })));
  const inside = (pos: number) => interiors.contains(pos);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!TERMINAL.has(tok.text)) continue;
    let last = i;
    while (last + 1 < tokens.length && CLOSERS.test(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) last++;
    const next = tokens[last + 1];
    if (!next) continue;
    const prev = tokens[i - 1];
    if (tok.text === '.' && prev && prev.end === tok.start && isAbbreviation(prev)) continue;
    // A quotation opening the next sentence, '' … '' too ("… pool. ''Without these …").
    const twoApostrophes = next.text === "'" && tokens[last + 2]?.text === "'" && tokens[last + 2]!.start === next.end;
    if (!(next.isCapitalized || /["“”‘«(\[]/.test(next.text) || twoApostrophes || /^\p{N}/u.test(next.text))) continue;
    // Inside a quotation no sentence ends, unless the quotation closes right after the mark
    // ("… back to war tomorrow.” He's predicting …").
    if (inside(tok.start) && (last === i || inside(tokens[last]!.start))) continue;
    sentences.push(makeSentence(tokens.slice(from, last + 1)));
    from = last + 1;
    i = last;
  }
  if (from < tokens.length) sentences.push(makeSentence(tokens.slice(from)));
  return sentences;
}

function makeSentence(tokens: Token[]): Sentence {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens };
}
