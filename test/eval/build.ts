// Builders for tiny hand-made gold/prediction pairs: spans are given by the words they cover.
import type { Attribution, AttributionKind, Span, Standing } from '../../src/extract/types.ts';
import type { GoldArticle, GoldAttribution, GoldEntity, GoldField, TextRange } from '../../src/eval/corpus.ts';

/** The range of the `nth` occurrence (0-based) of `words` in `text`. */
export function at(text: string, words: string, nth = 0): TextRange {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(words, start + 1);
    if (start < 0) throw new Error(`"${words}" (#${nth}) not in "${text}"`);
  }
  return { start, end: start + words.length };
}

export function span(text: string, words: string, nth = 0): Span {
  const r = at(text, words, nth);
  return { ...r, text: text.slice(r.start, r.end) };
}

export interface GoldSketch {
  kind?: AttributionKind;
  content: string | string[];
  source?: string;
  cue?: string;
  speaker?: string;
  via?: string[];
}

export function goldArticle(
  text: string,
  gold: GoldSketch[],
  options: { annotated?: GoldField[]; entities?: [GoldEntity['label'], string][]; aliases?: Record<string, string[]>; lang?: 'en' | 'id' } = {},
): GoldArticle {
  const attributions = gold.map((g): GoldAttribution => ({
    kind: g.kind ?? 'direct',
    content: [g.content].flat().map((words) => at(text, words)),
    source: g.source ? [at(text, g.source)] : [],
    cue: g.cue ? [at(text, g.cue)] : [],
    speaker: g.speaker ?? null,
    via: g.via ?? null,
  }));
  return {
    id: 'test',
    lang: options.lang ?? 'en',
    corpus: 'test',
    publisher: null,
    text,
    annotated: new Set(options.annotated ?? ['content', 'source', 'cue', 'speaker', 'via']),
    attributions,
    entities: (options.entities ?? []).map(([label, words]) => ({ label, ...at(text, words) })),
    aliases: new Map(Object.entries(options.aliases ?? {})),
  };
}

export interface PredictionSketch {
  kind?: AttributionKind;
  content: string | string[];
  mention?: string;
  /** The earlier mention a pronoun, clitic or short name was resolved to. */
  antecedent?: string;
  name?: string;
  /** As the article describes the speaker. */
  standing?: Standing;
  cue?: string;
  via?: string[];
}

export function prediction(text: string, p: PredictionSketch): Attribution {
  const mention = p.mention ? span(text, p.mention) : null;
  return {
    kind: p.kind ?? 'direct',
    content: [p.content].flat().map((words) => span(text, words)),
    cue: p.cue ? span(text, p.cue) : null,
    speaker: p.name || mention
      ? { name: p.name ?? mention!.text, type: 'person', mention, antecedent: p.antecedent ? span(text, p.antecedent) : null, title: null, role: null, organization: null, standing: p.standing ?? null, members: [] }
      : null,
    via: (p.via ?? []).map((name) => ({ name, type: 'organization', mention: null, cue: null })),
    confidence: 0.9,
    rule: 'test',
  };
}
