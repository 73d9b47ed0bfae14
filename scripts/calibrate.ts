// `npm run calibrate [-- --corpus-dir DIR]`
// Measures each rule's precision on the tuning splits (src/eval/calibration.ts, TUNING) and writes it
// as the confidence the extractor states: src/extract/lexicon/{en,id}/calibration.json. Run it after
// any change to extraction; test/eval/calibration.test.ts fails while the files are out of date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { calibrateOn } from '../src/eval/calibration.ts';
import { defaultCorpusDir } from '../src/eval/corpus.ts';
import { extract } from '../src/extract/pipeline.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'corpus-dir': { type: 'string' } } });
const corpusDir = path.resolve(values['corpus-dir'] ?? defaultCorpusDir(repoRoot));

for (const [lang, fitted] of Object.entries(calibrateOn(corpusDir, extract))) {
  const file = path.join(repoRoot, 'src', 'extract', 'lexicon', lang, 'calibration.json');
  const body = {
    $comment:
      'Written by npm run calibrate: the measured precision of each rule (its first pattern), with and without a speaker found, shrunk toward the language average; rules seen fewer than 10 times keep their own confidence.',
    ...fitted,
  };
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  console.log(`${lang}: ${Object.keys(fitted.confidence).length} rules fitted on ${fitted.predictions} predictions → ${path.relative(repoRoot, file)}`);
}
