// Types passed between the extraction stages, and the public extraction contract.
// Offsets are JavaScript string indexes (UTF-16 code units) into the text the caller gave.

export type Lang = 'en' | 'id';
export const LANGS: readonly Lang[] = ['en', 'id'];

export type AttributionKind = 'direct' | 'mixed' | 'indirect';
export type EntityType = 'person' | 'organization' | 'unknown';
/** A public figure (an office, a rank, an expert's role) or a private person (a resident, a driver, a student). */
export type Standing = 'public' | 'private';

/** A `[start, end)` slice of the input text, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Speaker {
  /** Canonical name as this article gives it at its fullest ("Igor Konashenkov"). */
  name: string;
  type: EntityType;
  /** The mention this attribution hangs on ("Konashenkov", "katanya", "he"). */
  mention: Span | null;
  /**
   * When the mention is a pronoun or clitic ("he", "katanya"), a one-word name ("kata Haris") or
   * there is none: the earlier mention that shows who the speaker is — where they were introduced
   * with a title or role, else by full name, else last quoted. Null when the mention names the speaker in full.
   */
  antecedent: Span | null;
  title: string | null;
  role: string | null;
  organization: string | null;
  /** As the article describes the speaker; null when it says nothing either way, and for organisations (but initials with an age, "PT ( 28 )", are a private person). */
  standing: Standing | null;
  /** For people speaking together ("Kerry dan John Baird"): each of them, in the order named; else empty. */
  members: SpeakerMember[];
}

export interface SpeakerMember {
  name: string;
  type: EntityType;
}

/** One intermediary in a source chain. */
export interface Hop {
  name: string;
  type: EntityType;
  mention: Span | null;
  /** Cue that makes it a relay ("seperti yang dikutip", "as quoted by", "Sumber:"). */
  cue: Span | null;
}

export interface Attribution {
  kind: AttributionKind;
  content: Span[];
  cue: Span | null;
  speaker: Speaker | null;
  /** Intermediaries, innermost first; the publisher is never listed. */
  via: Hop[];
  confidence: number;
  /** Id of the pattern that produced it, so every result can be explained. */
  rule: string;
}

export interface ExtractionInput {
  id?: string;
  text: string;
  lang?: Lang;
  publisher?: string | null;
}

export interface ExtractionResult {
  id: string | null;
  lang: Lang;
  attributions: Attribution[];
}
