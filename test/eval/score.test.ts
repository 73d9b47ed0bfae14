// The scoring rules of FORMAT.md as examples: tiny articles, hand-made predictions, expected counts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GoldArticle } from '../../src/eval/corpus.ts';
import { judgeArticle, speakerEntityRegions } from '../../src/eval/judge.ts';
import type { Scope } from '../../src/eval/scopes.ts';
import { ALL, claimsScope, isClaim, kindScope, PUBLIC_FIGURES } from '../../src/eval/scopes.ts';
import type { ScopeMetrics } from '../../src/eval/score.ts';
import { scoreScope } from '../../src/eval/score.ts';
import type { GoldSketch, PredictionSketch } from './build.ts';
import { at, goldArticle, prediction } from './build.ts';

function score(article: GoldArticle, predictions: PredictionSketch[], scope: Scope = ALL): ScopeMetrics {
  return scoreScope([judgeArticle(article, predictions.map((p) => prediction(article.text, p)))], scope);
}

const counts = (m: ScopeMetrics) => ({ gold: m.gold, predicted: m.predicted, matched: m.matched });

describe('eval content matching: token F1 ≥ 0.5, one to one', () => {
  const text = 'Smith said the plan will fail next year and everyone knows it. Jones said: "We will win." Later: "We will win."';
  const gold: GoldSketch[] = [
    { kind: 'indirect', content: 'the plan will fail next year and everyone knows it', source: 'Smith', cue: 'said' },
    { content: 'We will win.', source: 'Jones', cue: 'said' },
  ];
  const article = goldArticle(text, gold, { annotated: ['content'] });
  const cases: [string, PredictionSketch[], { gold: number; predicted: number; matched: number }][] = [
    ['exact spans match', [{ kind: 'indirect', content: 'the plan will fail next year and everyone knows it' }, { content: 'We will win.' }], { gold: 2, predicted: 2, matched: 2 }],
    ['half the words (F1 = 0.667) still match', [{ kind: 'indirect', content: 'the plan will fail next' }], { gold: 2, predicted: 1, matched: 1 }],
    ['too little (F1 = 0.333) is a miss and a false alarm', [{ kind: 'indirect', content: 'the plan' }], { gold: 2, predicted: 1, matched: 0 }],
    ['two predictions on one gold: one match, one false alarm', [{ kind: 'indirect', content: 'the plan will fail next year' }, { kind: 'indirect', content: 'plan will fail next year and everyone' }], { gold: 2, predicted: 2, matched: 1 }],
    // Same words elsewhere in the article: the second "We will win." is not the gold one.
    ['the same words at another place do not match', [{ content: 'Later: "We will win."' }], { gold: 2, predicted: 1, matched: 0 }],
  ];
  for (const [name, predictions, expected] of cases) {
    it(name, () => assert.deepEqual(counts(score(article, predictions)), expected));
  }

  it('nested gold: each prediction goes to the gold it fits best', () => {
    const nestedText = 'He said "In Mosul, according to Scrocca, the coalition will not withdraw its troops," and left.';
    const nested = goldArticle(nestedText, [
      { content: 'In Mosul, according to Scrocca, the coalition will not withdraw its troops,' },
      { kind: 'indirect', content: 'the coalition will not withdraw its troops' },
    ], { annotated: ['content'] });
    // Offered in the "wrong" order: greedy by best F1 still pairs inner with inner.
    const m = score(nested, [
      { kind: 'indirect', content: 'the coalition will not withdraw its troops' },
      { content: 'In Mosul, according to Scrocca, the coalition will not withdraw its troops,' },
    ]);
    assert.deepEqual(counts(m), { gold: 2, predicted: 2, matched: 2 });
    assert.equal(m.exact.matched, 2);
  });

  it('discontinuous content: all pieces joined, in text order', () => {
    const split = '"We won," he said, "and we will win again."';
    const a = goldArticle(split, [{ content: ['We won,', 'and we will win again.'] }], { annotated: ['content'] });
    const m = score(a, [{ content: ['and we will win again.', 'We won,'] }]);
    assert.deepEqual([m.matched, m.exact.matched], [1, 1]);
    const partial = score(a, [{ content: 'and we will win again.' }]); // 5 of 7 tokens: F1 = 10/12
    assert.deepEqual([partial.matched, partial.exact.matched], [1, 0]);
  });

  it('exact match ignores quote marks and edge punctuation', () => {
    const m = score(article, [{ content: 'We will win' }]);
    assert.deepEqual([m.matched, m.exact.matched, m.exact.rateOfMatched], [1, 1, 1]);
  });
});

describe('eval fields: source, cue, speaker and via on matched pairs', () => {
  const text = 'Igor Konashenkov, quoted by Sputnik, said the jets stayed home. It was reported that talks failed.';
  const article = goldArticle(text, [
    { kind: 'indirect', content: 'the jets stayed home', source: 'Igor Konashenkov', cue: 'said', speaker: 'Igor Konashenkov', via: ['Sputnik'] },
    { kind: 'indirect', content: 'talks failed', cue: 'reported', speaker: 'Rusia', via: [] }, // no source in the text
  ], { aliases: { Rusia: ['Russia'] } });
  const rightOnMatched = (m: ScopeMetrics) => Object.fromEntries(Object.entries(m.fields).map(([k, v]) => [k, v.matched.right]));

  it('overlapping mention and cue, agreeing names, same chain: all right', () => {
    const m = score(article, [
      { kind: 'indirect', content: 'the jets stayed home', mention: 'Konashenkov', name: 'Konashenkov', cue: 'said', via: ['Sputnik'] },
      { kind: 'indirect', content: 'talks failed', name: 'Russia', cue: 'was reported' },
    ]);
    assert.deepEqual(rightOnMatched(m), { source: 2, cue: 2, speaker: 2, via: 2, speakerAndVia: 2 });
  });

  it('a mention where gold has no source is wrong; a missing hop breaks the chain', () => {
    const m = score(article, [
      { kind: 'indirect', content: 'the jets stayed home', mention: 'Igor Konashenkov', cue: 'said' },
      { kind: 'indirect', content: 'talks failed', mention: 'It', name: 'Sputnik', via: ['Sputnik'] },
    ]);
    assert.deepEqual(rightOnMatched(m), { source: 1, cue: 1, speaker: 1, via: 0, speakerAndVia: 0 });
  });

  it('end to end counts unmatched gold as wrong', () => {
    const m = score(article, [{ kind: 'indirect', content: 'the jets stayed home', mention: 'Konashenkov', cue: 'said', via: ['Sputnik'] }]);
    assert.deepEqual(m.fields.source, { matched: { right: 1, of: 1, rate: 1 }, endToEnd: { right: 1, of: 2, rate: 0.5 } });
  });

  it('fields the article does not annotate are not scored', () => {
    const contentOnly = goldArticle(text, [{ content: 'the jets stayed home' }], { annotated: ['content'] });
    assert.deepEqual(score(contentOnly, [{ content: 'the jets stayed home' }]).fields, {});
  });
});

describe('eval on a univocal corpus: a nested report it cannot hold is not judged', () => {
  // PolNeAR gives each token to at most one attribution, so it annotates the quotation, never the
  // report inside it; the chains corpus annotates both.
  const text = 'Lee said: "Smith told us the plan will fail." Then he left.';
  const article = goldArticle(text, [{ content: 'Smith told us the plan will fail.', source: 'Lee', cue: 'said' }], { annotated: ['content'] });
  const quotationAndReport: PredictionSketch[] = [
    { content: 'Smith told us the plan will fail.' },
    { kind: 'indirect', content: 'the plan will fail' },
  ];
  const judged = (predictions: PredictionSketch[], univocal: boolean) =>
    judgeArticle(article, predictions.map((p) => prediction(text, p)), null, { univocal });

  it('left out of precision when the corpus is univocal', () => {
    assert.deepEqual(counts(scoreScope([judged(quotationAndReport, true)], ALL)), { gold: 1, predicted: 1, matched: 1 });
  });
  it('a false alarm when the corpus annotates nesting', () => {
    assert.deepEqual(counts(scoreScope([judged(quotationAndReport, false)], ALL)), { gold: 1, predicted: 2, matched: 1 });
  });
  it('a nested prediction that matches gold is a hit all the same', () => {
    const verdict = judged([{ content: 'Lee said: "Smith told us the plan will fail." Then he left.' }, { content: 'Smith told us the plan will fail.' }], true);
    assert.equal(verdict.predicted[1]!.nestedIn, 0);
    assert.deepEqual(counts(scoreScope([verdict], ALL)), { gold: 1, predicted: 2, matched: 1 });
  });
});

describe('eval scopes: which gold is asked for, which predictions count', () => {
  const text = 'Smith said taxes will rise. Jones wants taxes to fall. "Vote for me," Lee told voters. Nobody spoke of this.';
  const article = goldArticle(text, [
    { kind: 'indirect', content: 'taxes will rise', source: 'Smith', cue: 'said' }, // claim (said)
    { kind: 'indirect', content: 'taxes to fall', source: 'Jones', cue: 'wants' }, // desire: out of the claims scope
    { content: 'Vote for me,', source: 'Lee', cue: 'told' }, // quoted
  ], { annotated: ['content', 'source', 'cue'] });
  const claims = claimsScope(['said', 'tell', 'told']);
  const cases: [string, Scope, PredictionSketch[], { gold: number; predicted: number; matched: number }][] = [
    ['claims: out-of-scope gold is not required', claims, [{ kind: 'indirect', content: 'taxes will rise' }], { gold: 2, predicted: 1, matched: 1 }],
    ['claims: a prediction on out-of-scope gold is left out of precision', claims, [{ kind: 'indirect', content: 'taxes to fall' }], { gold: 2, predicted: 0, matched: 0 }],
    ['claims: a prediction grazing only out-of-scope gold is left out too', claims, [{ kind: 'indirect', content: 'Jones wants taxes' }], { gold: 2, predicted: 0, matched: 0 }],
    ['claims: a prediction on no gold at all is a false alarm', claims, [{ kind: 'indirect', content: 'Nobody spoke of this' }], { gold: 2, predicted: 1, matched: 0 }],
    ['direct: an indirect prediction on direct gold counts and matches', kindScope('direct'), [{ kind: 'indirect', content: 'Vote for me' }], { gold: 1, predicted: 1, matched: 1 }],
    ['direct: a direct prediction on indirect gold is a false direct', kindScope('direct'), [{ kind: 'direct', content: 'taxes will rise' }], { gold: 1, predicted: 1, matched: 0 }],
    ['direct: indirect predictions elsewhere are not its business', kindScope('direct'), [{ kind: 'indirect', content: 'Nobody spoke of this' }], { gold: 1, predicted: 0, matched: 0 }],
    ['public: a quotation of a speaker described as a private person answers nothing; the gold it found counts as missed', PUBLIC_FIGURES, [{ content: 'Vote for me', name: 'Lee', standing: 'private' }], { gold: 1, predicted: 0, matched: 0 }],
    ['public: nor is it a false alarm', PUBLIC_FIGURES, [{ content: 'Nobody spoke of this', name: 'Lee', standing: 'private' }], { gold: 1, predicted: 0, matched: 0 }],
    ['public: speakers described as public figures or not at all count as in direct', PUBLIC_FIGURES, [{ content: 'Vote for me', name: 'Lee' }, { content: 'Nobody spoke of this', name: 'Kim', standing: 'public' }], { gold: 1, predicted: 2, matched: 1 }],
    ['all: everything counts', ALL, [{ kind: 'indirect', content: 'taxes to fall' }, { content: 'Nobody spoke of this' }], { gold: 3, predicted: 2, matched: 1 }],
  ];
  for (const [name, scope, predictions, expected] of cases) {
    it(name, () => assert.deepEqual(counts(score(article, predictions, scope)), expected));
  }

  it('claims: quoted, colon cue, or a cue word starting with a claim stem', () => {
    const t = 'X said a. Y: b. According to Z, c. W wants d. V "e".';
    const stems = ['accord', 'said'];
    const g = (kind: 'direct' | 'indirect', cue: string | null) => ({ kind, content: [], source: [], cue: cue ? [at(t, cue)] : [], speaker: null, via: null });
    assert.equal(isClaim(g('indirect', 'said'), t, stems), true);
    assert.equal(isClaim(g('indirect', ':'), t, stems), true);
    assert.equal(isClaim(g('indirect', 'According to'), t, stems), true);
    assert.equal(isClaim(g('indirect', 'wants'), t, stems), false);
    assert.equal(isClaim(g('direct', null), t, stems), true);
  });
});

describe('eval PFSA-ID speaker: the mention is a gold person, or the role/affiliation run next to one', () => {
  const text = '” Kami siap , ” kata Direktur Utama , Bank Maju , Budi Santoso . ” Lanjut , ” katanya . Menteri Keuangan hadir .';
  const article = goldArticle(text, [{ content: '” Kami siap , ”' }, { content: '” Lanjut , ”' }], {
    annotated: ['content', 'entities'],
    lang: 'id',
    entities: [['CUE', 'kata'], ['ROLE', 'Direktur Utama'], ['AFFILIATION', 'Bank Maju'], ['PERSON', 'Budi Santoso'], ['CUECOREF', 'katanya'], ['ROLE', 'Menteri Keuangan']],
  });

  it('runs of ROLE/AFFILIATION joined to a person by punctuation count; a lone ROLE does not', () => {
    const regions = speakerEntityRegions(article).map((r) => text.slice(r.start, r.end));
    assert.deepEqual(regions, ['Direktur Utama', 'Bank Maju', 'Budi Santoso']);
  });

  const cases: [string, string | undefined, string | undefined, { personMention: number; personOrClitic: number }][] = [
    ['the person', 'Budi Santoso', undefined, { personMention: 1, personOrClitic: 1 }],
    ['the role next to the person', 'Direktur Utama', undefined, { personMention: 1, personOrClitic: 1 }],
    ['the -nya clitic unresolved: only in the lenient figure', 'katanya', undefined, { personMention: 0, personOrClitic: 1 }],
    ['the -nya clitic resolved to the person', 'katanya', 'Budi Santoso', { personMention: 1, personOrClitic: 1 }],
    ['a gold person mention, whatever it was resolved to', 'Budi Santoso', 'Menteri Keuangan', { personMention: 1, personOrClitic: 1 }],
    ['a role with no person next to it', 'Menteri Keuangan', undefined, { personMention: 0, personOrClitic: 0 }],
    ['no mention', undefined, undefined, { personMention: 0, personOrClitic: 0 }],
  ];
  for (const [name, mention, antecedent, expected] of cases) {
    it(name, () => {
      const m = score(article, [{ content: '” Kami siap , ”', ...(mention ? { mention } : {}), ...(antecedent ? { antecedent } : {}) }], kindScope('direct'));
      assert.deepEqual({ personMention: m.fields.personMention!.matched.right, personOrClitic: m.fields.personOrClitic!.matched.right }, expected);
    });
  }
});
