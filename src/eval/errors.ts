// `--errors N`: misses, false alarms and misattributions of one scope, each shown in its context
// with the gold or predicted speaker, cue and chain, and the rule and confidence behind a prediction.
import type { Attribution } from '../extract/types.ts';
import type { GoldArticle, GoldAttribution, TextRange } from './corpus.ts';
import type { ArticleVerdict, GoldVerdict, PredictionVerdict } from './judge.ts';
import type { Scope } from './scopes.ts';
import { predictionCounted, scopedMatch } from './scopes.ts';
import { hull, rangesOverlap } from './tokens.ts';

export interface ErrorListing {
  misses: string[];
  falseAlarms: string[];
  misattributed: string[];
}

interface Located<T> {
  verdict: ArticleVerdict;
  item: T;
}

export function listErrors(verdicts: readonly ArticleVerdict[], scope: Scope, n: number): ErrorListing {
  const misses: Located<GoldVerdict>[] = [];
  const falseAlarms: Located<PredictionVerdict>[] = [];
  const misattributed: Located<GoldVerdict>[] = [];
  for (const verdict of verdicts) {
    const inScope = verdict.gold.map((g) => scope.goldInScope(g.attribution, verdict.article));
    verdict.gold.forEach((g, gi) => {
      if (!inScope[gi]) return;
      if (!scopedMatch(scope, verdict, g)) misses.push({ verdict, item: g });
      else if (Object.values(g.fields).some((right) => !right)) misattributed.push({ verdict, item: g });
    });
    for (const p of verdict.predicted) {
      const hitsInScopeGold = p.matchedGold !== null && inScope[p.matchedGold] === true;
      if (!hitsInScopeGold && predictionCounted(scope, inScope, p)) falseAlarms.push({ verdict, item: p });
    }
  }
  return {
    misses: spread(misses, n).map(({ verdict, item }) => describeMiss(verdict, item)),
    falseAlarms: spread(falseAlarms, n).map(({ verdict, item }) => describeFalseAlarm(verdict, item)),
    misattributed: spread(misattributed, n).map(({ verdict, item }) => describeMisattribution(verdict, item)),
  };
}

/** N items spread evenly over the list, so one long article does not fill the whole listing. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

function describeMiss(verdict: ArticleVerdict, g: GoldVerdict): string {
  const { article } = verdict;
  const lines = [
    `MISS ${article.id} gold#${g.index} ${g.attribution.kind}`,
    `  ${context(article.text, g.attribution.content)}`,
    `  gold: ${goldFields(article, g.attribution)}`,
  ];
  if (g.nearest) {
    const p = verdict.predicted[g.nearest.predicted]!;
    lines.push(`  nearest prediction (token F1 ${g.nearest.f1.toFixed(2)}): ${quoteSpan(article.text, p.pieces)}`);
    lines.push(`    ${predictedFields(p.attribution)}`);
  }
  return lines.join('\n');
}

function describeFalseAlarm(verdict: ArticleVerdict, p: PredictionVerdict): string {
  const { article } = verdict;
  const lines = [
    `FALSE ALARM ${article.id} pred#${p.index} ${p.attribution.kind}`,
    `  ${context(article.text, p.pieces)}`,
    `  predicted: ${predictedFields(p.attribution)}`,
  ];
  const overlapped = p.overlappingGold.map((gi) => verdict.gold[gi]!);
  if (p.matchedGold !== null) lines.push(`  matched gold#${verdict.gold[p.matchedGold]!.index} (${verdict.gold[p.matchedGold]!.attribution.kind}), which this scope leaves out`);
  else if (overlapped.length) lines.push(`  overlaps gold ${overlapped.map((g) => `#${g.index} ${g.attribution.kind}`).join(', ')} below token F1 0.5`);
  return lines.join('\n');
}

function describeMisattribution(verdict: ArticleVerdict, g: GoldVerdict): string {
  const { article } = verdict;
  const p = verdict.predicted[g.match!.predicted]!;
  const wrong = Object.entries(g.fields).filter(([, right]) => !right).map(([check]) => check);
  return [
    `WRONG ${wrong.join(', ')} — ${article.id} gold#${g.index} ${g.attribution.kind} (token F1 ${g.match!.f1.toFixed(2)})`,
    `  ${context(article.text, g.attribution.content)}`,
    `  gold:      ${goldFields(article, g.attribution)}`,
    `  predicted: ${predictedFields(p.attribution)}`,
  ].join('\n');
}

/** The gold's annotated fields; for PFSA-ID, whose statements are not linked, the entities near it. */
function goldFields(article: GoldArticle, g: GoldAttribution): string {
  const spans = (ranges: readonly TextRange[]) => (ranges.length ? ranges.map((r) => `“${slice(article.text, r)}”`).join(' + ') : '(none)');
  const parts: string[] = [];
  if (article.annotated.has('source')) parts.push(`source ${spans(g.source)}`);
  if (article.annotated.has('cue')) parts.push(`cue ${spans(g.cue)}`);
  if (g.speaker !== null) parts.push(`speaker ${g.speaker}`);
  if (g.via !== null) parts.push(`via [${g.via.join(' → ')}]`);
  const whole = hull(g.content);
  if (article.annotated.has('entities') && whole) {
    const near = article.entities.filter((e) => e.end > whole.start - MARGIN && e.start < whole.end + MARGIN && !rangesOverlap(e, whole));
    parts.push(`entities near: ${near.length ? near.map((e) => `${e.label} “${slice(article.text, e)}”`).join(', ') : '(none)'}`);
  }
  return parts.join(' | ');
}

function predictedFields(p: Attribution): string {
  const speaker = p.speaker
    ? `${p.speaker.name}${p.speaker.mention ? ` (“${p.speaker.mention.text}” @${p.speaker.mention.start})` : ''}`
    : '(none)';
  return [
    `speaker ${speaker}`,
    `cue ${p.cue ? `“${p.cue.text}” @${p.cue.start}` : '(none)'}`,
    `via [${p.via.map((h) => h.name).join(' → ')}]`,
    `rule ${p.rule}`,
    `confidence ${p.confidence.toFixed(2)}`,
  ].join(' | ');
}

const MARGIN = 80;
const MAX_SPAN = 240;

/** The span marked ⟦…⟧ with MARGIN characters either side; newlines shown as ⏎. */
export function context(text: string, pieces: readonly TextRange[]): string {
  const whole = hull(pieces);
  if (!whole) return '(no content)';
  const before = text.slice(Math.max(0, whole.start - MARGIN), whole.start);
  const after = text.slice(whole.end, whole.end + MARGIN);
  const lead = whole.start > MARGIN ? '…' : '';
  const tail = whole.end + MARGIN < text.length ? '…' : '';
  return oneLine(`${lead}${before}⟦${quoteSpan(text, pieces)}⟧${after}${tail}`);
}

/** The pieces joined by " ‖ ", long ones shortened in the middle. */
function quoteSpan(text: string, pieces: readonly TextRange[]): string {
  const joined = pieces.map((r) => slice(text, r)).join(' ‖ ');
  const shortened = joined.length > MAX_SPAN ? `${joined.slice(0, MAX_SPAN / 2)} … ${joined.slice(-MAX_SPAN / 2)}` : joined;
  return oneLine(shortened);
}

function slice(text: string, r: TextRange): string {
  return oneLine(text.slice(r.start, r.end));
}

function oneLine(s: string): string {
  return s.replace(/\r?\n/g, '⏎');
}
