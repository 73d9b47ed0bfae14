import { normalize, toOriginal, toOriginalEnd, type NormalizedText } from './01-normalize.ts';
import { markNonProse, segment } from './02-segment.ts';
import { detectLanguage } from './03-language.ts';
import { findQuotes } from './04-quotes.ts';
import { findFrames, type Range } from './05-cues.ts';
import { resolveSpeakers } from './06-speakers.ts';
import { buildChains } from './07-chains.ts';
import { assessStanding, type StandingFrame } from './08-standing.ts';
import { confidenceOf } from './confidence.ts';
import { lexiconFor, sharedLexicon, type Lexicon } from './lexicon.ts';
import type { Attribution, ExtractionInput, ExtractionResult, Span } from './types.ts';

/** Runs every extraction stage over one article. Pure: no I/O. */
export function extract(input: ExtractionInput): ExtractionResult {
  const shared = sharedLexicon();
  // Language first: the lexicon decides which glued words to split.
  const lang = input.lang ?? detectLanguage(input.text);
  const lexicon = lexiconFor(lang);
  // NFC, one kind of line break, glued words split ("dikutipSputnik"), with a map back to input offsets.
  const doc = normalize(input.text, lexicon.cueWords);
  // Paragraphs, with headlines, captions repeated, credits and boilerplate set aside.
  const segmented = markNonProse(segment(doc), lexicon, shared);
  // Quotations in every quote style, across paragraphs.
  const quotes = findQuotes(segmented.paragraphs);
  // Cue frames: cue + speaker mention + content, direct and reported, nested inside quotes.
  const frames = findFrames(segmented, quotes, lexicon, shared);
  // Mentions to speakers: name, title, role, organisation; pronouns and clitics resolved.
  const speakers = resolveSpeakers(segmented, quotes, frames, lexicon, shared);
  // Intermediaries: stated relays, spread over the speaker's run, nesting, wire credits.
  const chained = buildChains(segmented, speakers, lexicon, shared, input.publisher ?? null);
  // Public figure or private person, as the article describes each speaker.
  const assessed = assessStanding(segmented, chained, lexicon);
  const attributions = assessed
    .map((f) => toAttribution(doc, f, lexicon))
    .sort((a, b) => a.content[0]!.start - b.content[0]!.start || a.content[0]!.end - b.content[0]!.end);
  return { id: input.id ?? null, lang, attributions };
}

function span(doc: NormalizedText, r: Range): Span {
  const start = toOriginal(doc, r.start);
  const end = toOriginalEnd(doc, r.end);
  return { start, end, text: doc.original.slice(start, end) };
}

function toAttribution(doc: NormalizedText, f: StandingFrame, lexicon: Lexicon): Attribution {
  const s = f.speaker;
  return {
    kind: f.kind,
    content: f.content.map((c) => span(doc, c)),
    cue: f.cue ? span(doc, f.cue) : null,
    speaker: s
      ? {
          name: s.name,
          type: s.type,
          mention: f.mention ? span(doc, f.mention) : null,
          antecedent: s.antecedent ? span(doc, s.antecedent) : null,
          title: s.title,
          role: s.role,
          organization: s.organization,
          standing: f.standing,
          members: s.members,
        }
      : null,
    via: f.via.map((h) => ({ name: h.name, type: h.type, mention: h.mention ? span(doc, h.mention) : null, cue: h.cue ? span(doc, h.cue) : null })),
    confidence: confidenceOf(lexicon.fittedConfidence, f.rule, s !== null, f.confidence),
    rule: f.rule,
  };
}
