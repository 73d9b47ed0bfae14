// Judging one article: match predicted content to gold, then check each matched pair's annotated
// fields (source, cue, speaker, via, PFSA-ID person mention). Scopes and totals come later (score.ts).
import type { Attribution, Span } from '../extract/types.ts';
import type { GoldArticle, GoldAttribution, GoldEntity, GoldField, TextRange } from './corpus.ts';
import { matchContent } from './match.ts';
import { chainsAgree, namesGold } from './names.ts';
import { anyOverlap, contentTokens, rangesOverlap, sameTokens } from './tokens.ts';

/** Checks made on a matched pair; each applies only where the article annotates what it needs. */
export type FieldCheck = 'source' | 'cue' | 'speaker' | 'via' | 'speakerAndVia' | 'personMention' | 'personOrClitic';
export const FIELD_CHECKS: readonly FieldCheck[] = ['source', 'cue', 'speaker', 'via', 'speakerAndVia', 'personMention', 'personOrClitic'];

export interface GoldVerdict {
  /** Index in the article's `attributions` (unscorable gold is skipped, so not always the position). */
  index: number;
  attribution: GoldAttribution;
  tokens: string[];
  /** Which checks this gold takes part in (end-to-end denominators), matched or not. */
  checks: FieldCheck[];
  match: { predicted: number; f1: number; exact: boolean } | null;
  /** Outcome of each check on the matched pair; empty when unmatched. */
  fields: Partial<Record<FieldCheck, boolean>>;
  /** Best overlapping prediction below or above threshold, for near-miss reports. */
  nearest: { predicted: number; f1: number } | null;
}

export interface PredictionVerdict {
  index: number;
  attribution: Attribution;
  pieces: TextRange[];
  tokens: string[];
  /** Position in `ArticleVerdict.gold` of the matched gold. */
  matchedGold: number | null;
  /** Positions in `ArticleVerdict.gold` whose content shares characters with this prediction. */
  overlappingGold: number[];
  /** Index of a prediction whose content holds all of this one's: a report inside a quotation. */
  nestedIn: number | null;
  /**
   * False for a nested prediction that matched nothing in a univocal corpus — one that gives each
   * token to at most one attribution, so it cannot hold this one. Such a prediction counts nowhere.
   */
  judged: boolean;
}

export interface JudgeOptions {
  /** The corpus gives each token to at most one attribution, so it annotates no nested ones. */
  univocal?: boolean;
}

export interface ArticleVerdict {
  article: GoldArticle;
  gold: GoldVerdict[];
  predicted: PredictionVerdict[];
  /** Gold attributions without any content token: cannot be matched, so left out of every count. */
  unscorableGold: number;
  /** Predicted content pieces outside the text or empty, dropped before matching. */
  invalidPieces: number;
  /** Predicted pieces whose `text` differs from the slice of the input they point at. */
  textMismatches: number;
  extractError: string | null;
}

export function judgeArticle(
  article: GoldArticle,
  predictions: readonly Attribution[],
  extractError: string | null = null,
  options: JudgeOptions = {},
): ArticleVerdict {
  const { text } = article;
  let invalidPieces = 0;
  let textMismatches = 0;

  const gold = article.attributions
    .map((attribution, index) => ({ attribution, index, tokens: contentTokens(text, attribution.content) }))
    .filter((g) => g.tokens.length > 0);

  const predicted = predictions.map((attribution, index) => {
    const pieces: TextRange[] = [];
    for (const span of attribution.content) {
      if (!isValidSpan(span, text.length)) {
        invalidPieces++;
        continue;
      }
      if (span.text !== text.slice(span.start, span.end)) textMismatches++;
      pieces.push({ start: span.start, end: span.end });
    }
    pieces.sort((a, b) => a.start - b.start);
    return { index, attribution, pieces, tokens: contentTokens(text, pieces) };
  });

  const matching = matchContent(
    gold.map((g) => ({ pieces: g.attribution.content, tokens: g.tokens })),
    predicted,
  );
  const personRegions = speakerEntityRegions(article);
  const clitics = article.entities.filter((e) => e.label === 'CUECOREF');

  const goldVerdicts: GoldVerdict[] = gold.map((g, gi) => {
    const pair = matching.goldPair[gi] ?? null;
    const checks = applicableChecks(article, g.attribution);
    const nearest = matching.nearestPrediction[gi] ?? null;
    if (!pair) return { index: g.index, attribution: g.attribution, tokens: g.tokens, checks, match: null, fields: {}, nearest };
    const p = predicted[pair.predicted]!;
    const fields: Partial<Record<FieldCheck, boolean>> = {};
    for (const check of checks) {
      fields[check] = checkField(check, article, g.attribution, p.attribution, personRegions, clitics);
    }
    return {
      index: g.index,
      attribution: g.attribution,
      tokens: g.tokens,
      checks,
      match: { predicted: pair.predicted, f1: pair.f1, exact: sameTokens(g.tokens, p.tokens) },
      fields,
      nearest,
    };
  });

  const predictionVerdicts: PredictionVerdict[] = predicted.map((p, pi) => {
    const matchedGold = matching.predictedPair[pi]?.gold ?? null;
    const nestedIn = predicted.findIndex((outer) => outer !== p && holds(outer.pieces, p.pieces) && !holds(p.pieces, outer.pieces));
    return {
      ...p,
      matchedGold,
      overlappingGold: matching.overlappingGold[pi] ?? [],
      nestedIn: nestedIn < 0 ? null : nestedIn,
      judged: !(options.univocal === true && nestedIn >= 0 && matchedGold === null),
    };
  });

  return {
    article,
    gold: goldVerdicts,
    predicted: predictionVerdicts,
    unscorableGold: article.attributions.length - gold.length,
    invalidPieces,
    textMismatches,
    extractError,
  };
}

/** Whether every piece of `inner` lies inside some piece of `outer`. */
function holds(outer: readonly TextRange[], inner: readonly TextRange[]): boolean {
  return inner.length > 0 && inner.every((r) => outer.some((o) => o.start <= r.start && r.end <= o.end));
}

function isValidSpan(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start < span.end && span.end <= length;
}

function applicableChecks(article: GoldArticle, gold: GoldAttribution): FieldCheck[] {
  const has = (field: GoldField) => article.annotated.has(field);
  const checks: FieldCheck[] = [];
  if (has('source')) checks.push('source');
  if (has('cue')) checks.push('cue');
  const speaker = has('speaker') && gold.speaker !== null;
  const via = has('via') && gold.via !== null;
  if (speaker) checks.push('speaker');
  if (via) checks.push('via');
  if (speaker && via) checks.push('speakerAndVia');
  if (has('entities')) checks.push('personMention', 'personOrClitic');
  return checks;
}

function checkField(
  check: FieldCheck,
  article: GoldArticle,
  gold: GoldAttribution,
  predicted: Attribution,
  personRegions: readonly TextRange[],
  clitics: readonly TextRange[],
): boolean {
  const mention = predicted.speaker?.mention ?? null;
  const aliasesOf = (name: string) => article.aliases.get(name) ?? [];
  switch (check) {
    case 'source':
      return spanAgrees(mention, gold.source);
    case 'cue':
      return spanAgrees(predicted.cue, gold.cue);
    case 'speaker':
      return predicted.speaker !== null && namesGold(predicted.speaker.name, gold.speaker!, aliasesOf(gold.speaker!));
    case 'via':
      return chainsAgree(predicted.via.map((hop) => hop.name), gold.via!, aliasesOf);
    case 'speakerAndVia':
      return checkField('speaker', article, gold, predicted, personRegions, clitics)
        && checkField('via', article, gold, predicted, personRegions, clitics);
    case 'personMention': {
      // The mention itself, or — for a clitic, a pronoun or a short name — the mention it was resolved to.
      const namings = [mention, predicted.speaker?.antecedent ?? null].filter((m): m is Span => m !== null);
      return namings.some((naming) => personRegions.some((r) => rangesOverlap(r, naming)));
    }
    case 'personOrClitic':
      return mention !== null && [...personRegions, ...clitics].some((r) => rangesOverlap(r, mention));
  }
}

/** A predicted span is right when it overlaps a gold span; when gold has none, only "none" is right. */
function spanAgrees(predicted: Span | null, gold: readonly TextRange[]): boolean {
  if (gold.length === 0) return predicted === null;
  return predicted !== null && anyOverlap([predicted], gold);
}

const SPEAKER_LABELS = new Set(['PERSON', 'PERSONCOREF', 'ROLE', 'AFFILIATION']);
const NOTHING_BUT_PUNCTUATION = /^[\s\p{P}]*$/u;

/**
 * PFSA-ID's speaker regions: PERSON and PERSONCOREF spans, plus ROLE/AFFILIATION spans adjacent to
 * them — "Direktur Jenderal … , Kementerian Sosial , Asep Sasa Purnama" forms one run. Entities are
 * adjacent when only spaces or punctuation lie between them; a run counts if it holds a person.
 */
export function speakerEntityRegions(article: Pick<GoldArticle, 'text' | 'entities'>): GoldEntity[] {
  const regions: GoldEntity[] = [];
  let run: GoldEntity[] = [];
  const closeRun = () => {
    if (run.some((e) => e.label === 'PERSON' || e.label === 'PERSONCOREF')) regions.push(...run);
    run = [];
  };
  for (const entity of article.entities) {
    if (!SPEAKER_LABELS.has(entity.label)) continue;
    const previous = run[run.length - 1];
    if (previous && !(entity.start >= previous.end && NOTHING_BUT_PUNCTUATION.test(article.text.slice(previous.end, entity.start)))) {
      closeRun();
    }
    run.push(entity);
  }
  closeRun();
  return regions;
}
