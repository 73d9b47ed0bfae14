/**
 * The text every later stage reads, and the way back to the caller's offsets.
 * Stages work on `text`; `toOriginal` maps any offset in it to the input, so offsets
 * in the output always index the text the caller gave.
 */
export interface NormalizedText {
  original: string;
  text: string;
  /** `origin[i]` is the input offset of `text[i]`; one extra entry maps the end. */
  origin: Int32Array;
}

export function toOriginal(doc: NormalizedText, offset: number): number {
  return doc.origin[Math.max(0, Math.min(offset, doc.origin.length - 1))]!;
}

/** Span end: the character after the last one, so inserted characters never widen a span. */
export function toOriginalEnd(doc: NormalizedText, end: number): number {
  return end <= 0 ? toOriginal(doc, 0) : toOriginal(doc, end - 1) + 1;
}

const COMBINING = /\p{M}/u;

/**
 * NFC, unified line breaks, white space and dashes, and glued words split apart.
 * A glued word is a known lowercase word of the language followed directly by a
 * capitalised word ("dikutipSputnik" → "dikutip Sputnik"); camel-case names whose
 * first part is not a lexicon word (iPhone, YouTube, LeBron) are left alone.
 */
export function normalize(input: string, gluedPrefixes: ReadonlySet<string>): NormalizedText {
  const out: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < input.length) {
    // One base character with its combining marks is composed as a unit.
    let j = i + 1;
    while (j < input.length && COMBINING.test(input[j]!)) j++;
    let unit = input.slice(i, j);
    if (j - i > 1 || unit.charCodeAt(0) > 0x7f) unit = unit.normalize('NFC');
    if (unit === '\r') unit = input[j] === '\n' ? '' : '\n';
    else if (unit === '\u00a0' || unit === '\t' || unit === '\u2009' || unit === '\u202f') unit = ' ';
    else if (unit === '\u200b' || unit === '\ufeff') unit = '';
    // A horizontal bar or figure dash ("PHILADELPHIA ― Hillary Clinton's campaign said") is a dash like "—".
    else if (unit === '\u2015' || unit === '\u2012') unit = '—';
    for (const ch of unit) {
      for (let k = 0; k < ch.length; k++) {
        out.push(ch[k]!);
        origin.push(i);
      }
    }
    i = j;
  }
  origin.push(input.length);
  const text = out.join('');
  return splitGluedWords({ original: input, text, origin: Int32Array.from(origin) }, gluedPrefixes);
}

function splitGluedWords(doc: NormalizedText, gluedPrefixes: ReadonlySet<string>): NormalizedText {
  const GLUED = /(?<![\p{L}\p{M}])(\p{Ll}{3,})(?=\p{Lu}\p{Ll})/gu;
  const cuts: number[] = [];
  for (const m of doc.text.matchAll(GLUED)) {
    if (gluedPrefixes.has(m[1]!)) cuts.push(m.index! + m[1]!.length);
  }
  if (cuts.length === 0) return doc;
  let text = '';
  const origin: number[] = [];
  let from = 0;
  for (const cut of cuts) {
    text += doc.text.slice(from, cut) + ' ';
    for (let k = from; k < cut; k++) origin.push(doc.origin[k]!);
    origin.push(doc.origin[cut]!); // the inserted space stands where the second word starts
    from = cut;
  }
  text += doc.text.slice(from);
  for (let k = from; k <= doc.text.length; k++) origin.push(doc.origin[k]!);
  return { original: doc.original, text, origin: Int32Array.from(origin) };
}

