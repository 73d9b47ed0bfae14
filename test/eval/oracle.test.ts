// Feeding the gold back as predictions must score perfectly on every real corpus: this catches
// offset, tokenisation and scope slips that the hand-made examples cannot.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Attribution, ExtractionInput } from '../../src/extract/types.ts';
import { CORPORA } from '../../src/eval/corpora.ts';
import type { GoldArticle, TextRange } from '../../src/eval/corpus.ts';
import { defaultCorpusDir, loadClaimCueStems, loadCorpus } from '../../src/eval/corpus.ts';
import { evaluateCorpus } from '../../src/eval/evaluate.ts';

const corpusDir = defaultCorpusDir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));

function goldAsPredictions(article: GoldArticle): Attribution[] {
  const span = (r: TextRange | undefined) => (r ? { ...r, text: article.text.slice(r.start, r.end) } : null);
  // Gold without content (one in PolNeAR dev) cannot be predicted; an empty prediction is a false alarm.
  return article.attributions.filter((g) => g.content.length > 0).map((g) => ({
    kind: g.kind,
    content: g.content.map((r) => span(r)!),
    cue: span(g.cue[0]),
    speaker: { name: g.speaker ?? '', type: 'unknown', mention: span(g.source[0]), antecedent: null, title: null, role: null, organization: null, standing: null, members: [] },
    via: (g.via ?? []).map((name) => ({ name, type: 'unknown', mention: null, cue: null })),
    confidence: 1,
    rule: 'oracle',
  }));
}

describe('eval oracle: gold fed back as predictions scores 1.0', { skip: !existsSync(corpusDir) && 'corpora not found' }, () => {
  const stems = existsSync(corpusDir) ? loadClaimCueStems(path.join(corpusDir, 'claim-cues.txt')) : [];
  for (const spec of CORPORA.filter((c) => c.byDefault)) {
    it(spec.name, () => {
      const articles = loadCorpus(path.join(corpusDir, spec.file));
      const byId = new Map(articles.map((a) => [a.id, a]));
      const oracle = (input: ExtractionInput) => ({ id: input.id ?? null, lang: input.lang ?? 'en', attributions: goldAsPredictions(byId.get(input.id!)!) });
      const { result } = evaluateCorpus(spec, spec.file, articles, stems, oracle);
      for (const [scope, report] of Object.entries(result.scopes)) {
        const m = report.byLanguage.all!;
        assert.equal(m.f1, 1, `${scope} content F1`);
        assert.equal(m.exact.rateOfMatched, 1, `${scope} exact`);
        for (const check of ['source', 'cue', 'speaker', 'via', 'speakerAndVia'] as const) {
          if (m.fields[check]) assert.equal(m.fields[check].endToEnd.rate, 1, `${scope} ${check}`);
        }
      }
    });
  }
});
