// `npm run calibrate [-- --corpus-dir DIR]`
// Measures each rule's precision on the tuning splits and writes it as the confidence the extractor
// states (src/extract/lexicon/{en,id}/calibration.json). English: PolNeAR train, claims scope.
// Indonesian: PFSA-ID dev (direct scope), chains/dev and the seed. `npm run eval` then reports how
// well the stated confidences match precision on the held-out PolNeAR dev split.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extract } from '../src/extract/pipeline.ts';
import type { Lang } from '../src/extract/types.ts';
import { fitCalibration, outcomesOf, type Outcome } from '../src/eval/calibration.ts';
import { selectCorpora } from '../src/eval/corpora.ts';
import { defaultCorpusDir, loadClaimCueStems, loadCorpus } from '../src/eval/corpus.ts';
import { evaluateCorpus } from '../src/eval/evaluate.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each language's tuning corpora, scored in the scope their annotation supports. */
const TUNING: Record<Lang, { corpus: string; scope: string }[]> = {
  en: [{ corpus: 'polnear/train', scope: 'claims' }],
  id: [
    { corpus: 'pfsa-id/dev', scope: 'direct' },
    { corpus: 'chains/dev', scope: 'all' },
    { corpus: 'seed', scope: 'all' },
  ],
};

const { values } = parseArgs({ options: { 'corpus-dir': { type: 'string' } } });
const corpusDir = path.resolve(values['corpus-dir'] ?? defaultCorpusDir(repoRoot));
const claimStems = loadClaimCueStems(path.join(corpusDir, 'claim-cues.txt'));

for (const [lang, sources] of Object.entries(TUNING) as [Lang, (typeof TUNING)[Lang]][]) {
  const outcomes: Outcome[] = [];
  for (const { corpus, scope: scopeId } of sources) {
    const [spec] = selectCorpora([corpus]);
    const file = path.join(corpusDir, spec!.file);
    const evaluated = evaluateCorpus(spec!, file, loadCorpus(file), claimStems, extract);
    const scope = evaluated.scopes.find((s) => s.id === scopeId)!;
    outcomes.push(...outcomesOf(evaluated.verdicts, scope).filter((o) => o.lang === lang));
  }
  const confidence = fitCalibration(outcomes)[lang] ?? {};
  const file = path.join(repoRoot, 'src', 'extract', 'lexicon', lang, 'calibration.json');
  const body = {
    $comment:
      'Written by npm run calibrate: the measured precision of each rule (its first pattern), with and without a speaker found, shrunk toward the language average; rules seen fewer than 10 times keep their own confidence.',
    fittedOn: sources.map((s) => `${s.corpus} (${s.scope})`).join(', '),
    predictions: outcomes.length,
    confidence,
  };
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  console.log(`${lang}: ${Object.keys(confidence).length} rules fitted on ${outcomes.length} predictions → ${path.relative(repoRoot, file)}`);
}
