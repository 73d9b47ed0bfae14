// Readable tables of the figures: one block per corpus, then throughput and the targets.
import type { Reliability } from './calibration.ts';
import type { CorpusResult, Throughput } from './evaluate.ts';
import type { FieldCheck } from './judge.ts';
import { FIELD_CHECKS } from './judge.ts';
import type { FieldAccuracy } from './score.ts';
import type { TargetCheck } from './targets.ts';

const FIELD_HEADERS: Record<FieldCheck, string> = {
  source: 'source',
  cue: 'cue',
  speaker: 'speaker',
  via: 'via',
  speakerAndVia: 'spk+via',
  personMention: 'person',
  personOrClitic: 'person|-nya',
};

export function formatCorpus(result: CorpusResult): string {
  const lines: string[] = [];
  const notes = [
    `${result.articles} articles`,
    `${result.goldAttributions} gold${result.unscorableGold ? ` (${result.unscorableGold} without content, not scored)` : ''}`,
    `${result.predictions} predictions${result.unjudgedNested ? ` (${result.unjudgedNested} nested in another and unmatched: not judged, the corpus is univocal)` : ''}`,
  ];
  if (result.extractErrors.length) notes.push(`${result.extractErrors.length} extract errors`);
  if (result.invalidPieces) notes.push(`${result.invalidPieces} invalid predicted spans dropped`);
  if (result.textMismatches) notes.push(`${result.textMismatches} predicted spans whose text ≠ slice`);
  lines.push(`== ${result.name}: ${notes.join(', ')}`);

  const scopeMetrics = Object.values(result.scopes).flatMap((s) => Object.values(s.byLanguage));
  const checks = FIELD_CHECKS.filter((c) => scopeMetrics.some((m) => m.fields[c]));
  const header = ['scope', 'lang', 'gold', 'pred', 'match', 'P', 'R', 'F1', 'exact', ...checks.map((c) => FIELD_HEADERS[c])];
  const rows: string[][] = [];
  for (const [scope, report] of Object.entries(result.scopes)) {
    for (const [lang, m] of Object.entries(report.byLanguage)) {
      rows.push([
        scope, lang, String(m.gold), String(m.predicted), String(m.matched),
        num(m.precision), num(m.recall), num(m.f1), num(m.exact.rateOfMatched),
        ...checks.map((c) => accuracy(m.fields[c])),
      ]);
    }
  }
  lines.push(...table(header, rows));
  lines.push(`   match: token F1 ≥ 0.5; exact: share of matches with identical tokens${checks.length ? '; field columns: accuracy on matched / end to end over all gold of the scope' : ''}`);
  for (const error of result.extractErrors.slice(0, 3)) lines.push(`   extract error on ${error.id}: ${error.message}`);
  lines.push(formatCalibration(result.calibration));
  return lines.join('\n');
}

/** One line: each confidence band's size and observed precision, and the expected calibration error. */
function formatCalibration(r: Reliability): string {
  const bands = r.bins.filter((b) => b.n > 0).map((b) => `${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${b.n} at ${num(b.meanConfidence)} → ${num(b.precision)}`);
  return `   confidence [${r.scope}, ${r.n} predictions] stated → observed precision: ${bands.join('; ')}; calibration error ${num(r.ece)}`;
}

export function formatThroughput(rows: readonly { name: string; throughput: Throughput }[]): string {
  return [
    'Extraction throughput (time inside extract() only):',
    ...table(['corpus', 'KB', 'seconds', 'KB/s'], rows.map(({ name, throughput: t }) => [
      name, (t.bytes / 1024).toFixed(0), t.seconds.toFixed(3), t.kbPerSecond === null ? '—' : t.kbPerSecond.toFixed(0),
    ])),
  ].join('\n');
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  if (checks.length === 0) return 'Targets: none of the target corpora were run.';
  const met = checks.filter((c) => c.met).length;
  return [
    `Targets of issue 4 (${met}/${checks.length} met):`,
    ...table(['corpus', 'scope', 'figure', 'goal', 'value', 'status'], checks.map((c) => [
      c.corpus, c.scope, c.label, c.goal, c.value === null ? '—' : c.unit === 'count' ? String(c.value) : c.value.toFixed(3), c.met ? 'met' : 'NOT MET',
    ])),
  ].join('\n');
}

function num(x: number | null): string {
  return x === null ? '—' : x.toFixed(3);
}

function accuracy(field: FieldAccuracy | undefined): string {
  if (!field) return '';
  return `${short(field.matched.rate)}/${short(field.endToEnd.rate)}`;
}

/** ".912", "1.00", "—": three characters of precision in a narrow column. */
function short(x: number | null): string {
  if (x === null) return '—';
  return x >= 1 ? '1.00' : x.toFixed(3).slice(1);
}

/** Left-aligns text columns, right-aligns columns that hold only figures. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[\d.—/ -]*$/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) =>
    '  ' + cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
