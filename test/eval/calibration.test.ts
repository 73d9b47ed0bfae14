import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { calibrateOn, fitCalibration, reliability, type Outcome } from '../../src/eval/calibration.ts';
import { defaultCorpusDir } from '../../src/eval/corpus.ts';
import { calibrationKey, confidenceOf } from '../../src/extract/confidence.ts';
import { extract } from '../../src/extract/pipeline.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = defaultCorpusDir(repoRoot);

const outcome = (key: string, confidence: number, correct: boolean): Outcome => ({ key, lang: 'en', confidence, correct });

test('a rule is known by its first pattern and whether a speaker was found', () => {
  assert.equal(calibrationKey('quote-cue-speaker+continued-quote+continued-quote', true), 'quote-cue-speaker|speaker');
  assert.equal(calibrationKey('quote-cue', false), 'quote-cue|none');
});

test('the stated confidence is the fitted one where there is one, else the rule\'s own, lowered without a speaker', () => {
  const fitted = new Map([['speaker-cue-that|speaker', 0.9]]);
  assert.equal(confidenceOf(fitted, 'speaker-cue-that', true, 0.85), 0.9);
  assert.equal(confidenceOf(fitted, 'speaker-cue-clause', true, 0.72), 0.72);
  assert.equal(confidenceOf(fitted, 'speaker-cue-clause', false, 0.72), 0.43);
});

test('reliability: each confidence band against its observed precision, and the weighted gap', () => {
  const outcomes = [outcome('a', 0.95, true), outcome('a', 0.95, true), outcome('b', 0.75, true), outcome('b', 0.75, false)];
  const r = reliability('all', outcomes);
  const used = r.bins.filter((b) => b.n > 0).map((b) => [b.from, b.n, b.precision]);
  assert.deepEqual(used, [[0.7, 2, 0.5], [0.9, 2, 1]]);
  // Half the predictions 0.05 under their precision, half 0.25 over it.
  assert.ok(Math.abs(r.ece! - 0.15) < 1e-9);
});

test('fitting: a rule seen often gets its precision, pulled toward the average by twenty pseudo-observations; a rare one keeps its own', () => {
  const outcomes = [
    ...Array.from({ length: 80 }, (_, k) => outcome('often|speaker', 0.7, k < 60)),
    ...Array.from({ length: 20 }, () => outcome('always|speaker', 0.7, true)),
    ...Array.from({ length: 5 }, () => outcome('rare|speaker', 0.7, false)),
  ];
  const fitted = fitCalibration(outcomes).en!;
  const prior = 80 / 105;
  assert.equal(fitted['often|speaker'], Math.round(((60 + 20 * prior) / 100) * 100) / 100);
  assert.equal(fitted['always|speaker'], Math.round(((20 + 20 * prior) / 40) * 100) / 100);
  assert.equal(fitted['rare|speaker'], undefined);
});

test('the confidences the extractor states are the ones its rules measure today (else: npm run calibrate)', { skip: existsSync(corpusDir) ? false : 'no corpora beside the repository' }, () => {
  const fitted = calibrateOn(corpusDir, extract);
  for (const lang of ['en', 'id'] as const) {
    const stored = JSON.parse(readFileSync(path.join(repoRoot, 'src', 'extract', 'lexicon', lang, 'calibration.json'), 'utf8')) as { confidence: Record<string, number> };
    assert.deepEqual(stored.confidence, fitted[lang].confidence, `${lang}: the stored confidences are out of date; run npm run calibrate`);
  }
});
