import type { Paragraph } from './02-segment.ts';

/** A quoted passage: the marks at `open`/`close`, the words between them at `start`/`end`. */
export interface Quote {
  paragraph: number;
  open: number;
  /** Index of the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** Index just after the closing mark (marks such as '' are two characters wide). */
  closeEnd: number;
  start: number;
  end: number;
  closed: boolean;
  wordCount: number;
  /** Index (in the returned list) of the quote this one continues in an earlier paragraph. */
  continues: number | null;
}

const OPENERS = new Set(['“', '„', '‟', '«', '「', '‹']);
const CLOSERS = new Set(['”', '»', '」', '›']);
const NEUTRAL = new Set(['"', '″', '＂']);
const SINGLE = new Set(['‘', '’', "'", '‚']);

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

type Role = 'open' | 'close';

/**
 * Finds quotations in each paragraph. Every quote style is read by the side of the word it
 * touches, so Kompas-style ”…” and ASCII "…" pair like “…”; where a mark touches no word
 * (space-tokenised text) it alternates. A quote left open at a paragraph end runs to that end,
 * and a following paragraph that reopens it continues it.
 */
export function findQuotes(paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let openAtEnd: number | null = null;
  for (const p of paragraphs) {
    if (p.skip) {
      openAtEnd = null;
      continue;
    }
    const found = quotesInParagraph(p, doubleMarks(p.text));
    const spans = found.length > 0 ? found : quotesInParagraph(p, singleMarks(p.text)).filter((q) => q.wordCount >= 4);
    for (const [k, q] of spans.entries()) {
      const continues = k === 0 && openAtEnd !== null && q.open === p.start ? openAtEnd : null;
      quotes.push({ ...q, continues });
    }
    const last = spans[spans.length - 1];
    openAtEnd = last && !last.closed ? quotes.length - 1 : null;
  }
  return quotes;
}

interface Mark {
  index: number;
  width: number;
  role: Role | 'either';
}

function doubleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // Two apostrophes stand for a double quote in some newsroom text ('' … ''). Three are a single
    // quote closing inside a double one (''… 'special case,''') or opening inside it ('''Sir, …'):
    // the double mark is the outer pair.
    if (ch === "'" && text[i + 1] === "'" && text[i + 2] === "'" && isSpace(text[i + 3])) i++;
    const width = ch === "'" && text[i + 1] === "'" ? 2 : 1;
    if (width === 1 && !OPENERS.has(ch) && !CLOSERS.has(ch) && !NEUTRAL.has(ch)) continue;
    const before = text[i - 1];
    const after = text[i + width];
    const touchesNext = !isSpace(after) && !/[,.;:!?)\]]/.test(after!);
    const touchesPrev = !isSpace(before) && !/[(\[—–-]/.test(before!);
    let role: Mark['role'];
    if (touchesNext && !touchesPrev) role = 'open';
    else if (touchesPrev && !touchesNext) role = 'close';
    else if (OPENERS.has(ch)) role = 'open';
    else role = roleFromNeighbours(text, i, width);
    marks.push({ index: i, width, role });
    i += width - 1;
  }
  return marks;
}

/**
 * In space-tokenised text a mark touches no word, so only its neighbours tell: after a
 * clause's end and before a lower-case word ("… , ” kata Windhu") it closes; after a colon it
 * opens. Otherwise it alternates, and one lost mark would put every later quote out of phase.
 */
function roleFromNeighbours(text: string, index: number, width: number): Mark['role'] {
  const before = /(\S)\s*$/.exec(text.slice(Math.max(0, index - 4), index))?.[1];
  const after = /^\s*(\S)/.exec(text.slice(index + width, index + width + 4))?.[1];
  if (before === ':') return 'open';
  if (before !== undefined && /[,.?!]/.test(before) && after !== undefined && /\p{Ll}/u.test(after)) return 'close';
  return 'either';
}

/** Single quotes, leaving apostrophes (Iran’s, don't, ’90s) alone. */
function singleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!SINGLE.has(ch)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (isLetterOrDigit(before) && isLetterOrDigit(after)) continue;
    if (isSpace(before) && isLetterOrDigit(after)) marks.push({ index: i, width: 1, role: 'open' });
    else if (!isSpace(before) && (isSpace(after) || /[,.;:!?]/.test(after!))) marks.push({ index: i, width: 1, role: 'close' });
  }
  return marks;
}

function quotesInParagraph(p: Paragraph, marks: Mark[]): Omit<Quote, 'continues'>[] {
  const quotes: Omit<Quote, 'continues'>[] = [];
  let open: Mark | null = null;
  const finish = (openMark: Mark, close: number, closeWidth: number, closed: boolean) => {
    const q = makeQuote(p, openMark, close, closeWidth, closed);
    if (q) quotes.push(q);
  };
  for (const mark of marks) {
    const pos = p.start + mark.index;
    if (open === null) {
      if (mark.role !== 'close') open = mark;
      continue;
    }
    if (mark.role === 'open') {
      // A new opening mark while a quote is open: the earlier one was never closed.
      finish(open, pos, 0, false);
      open = mark;
    } else {
      finish(open, pos, mark.width, true);
      open = null;
    }
  }
  if (open !== null) finish(open, p.end, 0, false);
  return quotes;
}

function makeQuote(p: Paragraph, openMark: Mark, close: number, closeWidth: number, closed: boolean): Omit<Quote, 'continues'> | null {
  const open = p.start + openMark.index;
  let start = open + openMark.width;
  let end = close;
  const text = p.text;
  const at = (i: number) => text[i - p.start]!;
  while (start < end && /\s/.test(at(start))) start++;
  while (end > start && /[\s,]/.test(at(end - 1))) end--;
  if (end <= start) return null;
  const wordCount = p.tokens.filter((t) => t.isWord && t.start >= start && t.end <= end).length;
  if (wordCount === 0) return null;
  return { paragraph: p.index, open, close, closeEnd: close + closeWidth, start, end, closed, wordCount };
}
