// Reading a gold attribution's kind from the quote marks around its content, as FORMAT.md defines
// it: `direct` when quote marks surround all of it, `mixed` when part, `indirect` when none.
// PolNeAR's kinds were derived from typographic marks only, so the New York Times' typewriter
// quotation marks (''…'', ``…'') were read as no marks at all; this reads them too.
import type { AttributionKind } from '../extract/types.ts';
import type { GoldArticle, GoldAttribution, TextRange } from './corpus.ts';

const TYPOGRAPHIC = /[“”„"]/g;
const TYPOGRAPHIC_AND_TYPEWRITER = /[“”„"]|''|``/g;

/**
 * Stretches of text inside quotation marks. Marks with a direction open or close; a straight mark
 * opens after a space, bracket or dash and closes elsewhere. A quotation left open at a paragraph
 * break ends there, as the press reopens it on the next paragraph.
 */
export function quotedStretches(text: string, marks: RegExp = TYPOGRAPHIC_AND_TYPEWRITER): TextRange[] {
  const stretches: TextRange[] = [];
  let openedAt: number | null = null;
  for (const match of text.matchAll(new RegExp(marks.source, 'g'))) {
    const at = match.index;
    const mark = match[0];
    if (openedAt !== null && text.slice(openedAt, at).includes('\n\n')) {
      stretches.push({ start: openedAt, end: text.lastIndexOf('\n\n', at) });
      openedAt = null;
    }
    const opens = mark === '“' || mark === '„' || mark === '``' || (mark !== '”' && (at === 0 || /[\s([—–-]/u.test(text[at - 1]!)));
    if (openedAt === null) {
      if (mark !== '”') openedAt = at + mark.length;
    } else if (opens && mark !== '”') {
      openedAt = at + mark.length;
    } else {
      stretches.push({ start: openedAt, end: at });
      openedAt = null;
    }
  }
  if (openedAt !== null) {
    const paragraphEnd = text.indexOf('\n\n', openedAt);
    stretches.push({ start: openedAt, end: paragraphEnd === -1 ? text.length : paragraphEnd });
  }
  return stretches;
}

/** The kind the marks give content: counted over its letters and digits, so edge punctuation is free. */
export function kindFromMarks(text: string, content: readonly TextRange[], stretches: readonly TextRange[]): AttributionKind {
  let inside = 0;
  let outside = 0;
  for (const piece of content) {
    for (let i = piece.start; i < piece.end; i++) {
      if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
      if (stretches.some((s) => s.start <= i && i < s.end)) inside++;
      else outside++;
    }
  }
  if (inside === 0) return 'indirect';
  return outside === 0 ? 'direct' : 'mixed';
}

const readKinds = new WeakMap<GoldArticle, Map<GoldAttribution, AttributionKind>>();

/**
 * The gold's kind with typewriter marks read as quotation marks. Only a difference those marks make
 * changes the corpus's label: where the typographic marks alone already disagree with it (content
 * spans that stop short of a mark, say), the label stands.
 */
export function kindWithTypewriterMarks(gold: GoldAttribution, article: GoldArticle): AttributionKind {
  let kinds = readKinds.get(article);
  if (!kinds) {
    kinds = new Map();
    const typographic = quotedStretches(article.text, TYPOGRAPHIC);
    const all = quotedStretches(article.text, TYPOGRAPHIC_AND_TYPEWRITER);
    for (const g of article.attributions) {
      const before = kindFromMarks(article.text, g.content, typographic);
      const after = kindFromMarks(article.text, g.content, all);
      kinds.set(g, before === g.kind && after !== before ? after : g.kind);
    }
    readKinds.set(article, kinds);
  }
  return kinds.get(gold) ?? gold.kind;
}
