// `npm run eval [-- --corpus polnear/dev] [--errors N] [--errors-scope S] [--limit K] [--out FILE] [--corpus-dir DIR]`
// Scores the extractor against the annotated corpora (../shared/corpus/FORMAT.md).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extract } from '../src/extract/pipeline.ts';
import { selectCorpora } from '../src/eval/corpora.ts';
import { defaultCorpusDir, loadClaimCueStems, loadCorpus } from '../src/eval/corpus.ts';
import { listErrors } from '../src/eval/errors.ts';
import type { CorpusResult } from '../src/eval/evaluate.ts';
import { evaluateCorpus, throughput } from '../src/eval/evaluate.ts';
import { formatCorpus, formatTargets, formatThroughput } from '../src/eval/report.ts';
import { checkTargets } from '../src/eval/targets.ts';

const USAGE = `usage: npm run eval -- [--corpus NAME[,NAME]]… [--errors N [--errors-scope SCOPE]] [--limit K] [--out FILE] [--corpus-dir DIR]
  --errors N        N misses, N false alarms and N wrong attributions per corpus, in context
  --errors-scope    a scope the corpus prints: all|direct|mixed|indirect, direct-marks|claims (PolNeAR), public (PFSA-ID)
                    (default: claims for PolNeAR, public for PFSA-ID, else all)
  corpora: seed, chains/dev, polnear/dev, polnear/train (tuning, only on request), pfsa-id/dev
  default: seed, chains/dev, polnear/dev, pfsa-id/dev; figures also go to eval-results.json`;

// `npm run eval | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function main(): number {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true, default: [] },
      'corpus-dir': { type: 'string' },
      errors: { type: 'string', default: '0' },
      'errors-scope': { type: 'string' },
      limit: { type: 'string' },
      out: { type: 'string', default: 'eval-results.json' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const errorsPerKind = wholeNumber(values.errors, '--errors');
  const limit = values.limit === undefined ? null : wholeNumber(values.limit, '--limit');
  const corpusDir = path.resolve(values['corpus-dir'] ?? defaultCorpusDir(repoRoot));
  const specs = (() => {
    try {
      return selectCorpora(values.corpus);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  })();
  const claimStems = loadClaimCueStems(path.join(corpusDir, 'claim-cues.txt'));

  const results: CorpusResult[] = [];
  for (const spec of specs) {
    const file = path.join(corpusDir, spec.file);
    const articles = loadCorpus(file);
    const evaluated = evaluateCorpus(spec, file, limit === null ? articles : articles.slice(0, limit), claimStems, extract);
    results.push(evaluated.result);
    console.log(formatCorpus(evaluated.result));
    if (errorsPerKind > 0) {
      const wanted = values['errors-scope'] ?? spec.errorScope;
      const scope = evaluated.scopes.find((s) => s.id === wanted) ?? evaluated.scopes[0]!;
      const listing = listErrors(evaluated.verdicts, scope, errorsPerKind);
      for (const [title, items] of [['misses', listing.misses], ['false alarms', listing.falseAlarms], ['wrong speaker/source/cue/via', listing.misattributed]] as const) {
        console.log(`\n-- ${spec.name} [${scope.id}] ${title}: ${items.length ? '' : 'none'}`);
        for (const item of items) console.log(item);
      }
    }
    console.log('');
  }

  const total = throughput(
    results.reduce((sum, r) => sum + r.throughput.bytes, 0),
    results.reduce((sum, r) => sum + r.throughput.seconds, 0),
  );
  console.log(formatThroughput([...results, { name: 'total', throughput: total }]));
  const targets = checkTargets(results);
  console.log('\n' + formatTargets(targets));

  const out = path.resolve(values.out);
  const report = { generatedAt: new Date().toISOString(), corpusDir, limit, corpora: results, throughput: total, targets };
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nfigures written to ${path.relative(process.cwd(), out) || out}`);
  return 0;
}

function wholeNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} needs a whole number, got "${value}"`);
  return n;
}

class UsageError extends Error {}

try {
  process.exitCode = main();
} catch (err) {
  // Bad arguments and unknown corpora are the caller's to fix: say so briefly, without a stack.
  const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (!usage) throw err;
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exitCode = 2;
}
