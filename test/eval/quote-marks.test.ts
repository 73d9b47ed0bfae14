// Reading a gold attribution's kind from the quote marks around it (FORMAT.md: direct = quote marks
// around all of it), typewriter marks included, and the PolNeAR scope that uses it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeArticle } from '../../src/eval/judge.ts';
import { kindFromMarks, kindWithTypewriterMarks, quotedStretches } from '../../src/eval/quote-marks.ts';
import { DIRECT_BY_ALL_MARKS, kindScope } from '../../src/eval/scopes.ts';
import { scoreScope } from '../../src/eval/score.ts';
import { at, goldArticle, prediction } from './build.ts';

describe('quote marks: which stretches of text are quoted', () => {
  it('reads typographic, straight and typewriter marks alike', () => {
    const text = `He said “one,” then "two," then ''three.''`;
    const quoted = quotedStretches(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(quoted, ['one,', 'two,', 'three.']);
  });

  it('ends a quotation left open at a paragraph break', () => {
    const text = '“We will stay\n\nHe left.';
    assert.deepEqual(quotedStretches(text).map((s) => text.slice(s.start, s.end)), ['We will stay']);
  });

  it('gives the kind by the letters inside the marks: all, some or none', () => {
    const text = `''We will win,'' he said, adding that the party ''will govern.''`;
    const stretches = quotedStretches(text);
    assert.equal(kindFromMarks(text, [at(text, "''We will win,''")], stretches), 'direct');
    assert.equal(kindFromMarks(text, [at(text, "the party ''will govern.''")], stretches), 'mixed');
    assert.equal(kindFromMarks(text, [at(text, 'he said')], stretches), 'indirect');
  });
});

describe('PolNeAR kinds with typewriter marks read', () => {
  const text = `''Taxes will rise,'' Mr. Smith said. “Spending will fall,” Ms. Jones said.`;
  const article = goldArticle(text, [
    // As PolNeAR derived them: the typewriter quotation came out indirect.
    { kind: 'indirect', content: "''Taxes will rise,''", source: 'Mr. Smith', cue: 'said' },
    { kind: 'direct', content: '“Spending will fall,”', source: 'Ms. Jones', cue: 'said' },
  ]);

  it('makes direct what only the typewriter marks quote, and keeps every other label', () => {
    assert.deepEqual(article.attributions.map((g) => kindWithTypewriterMarks(g, article)), ['direct', 'direct']);
  });

  it('scores both quotations as direct in `direct-marks`, while `direct` keeps the corpus labels', () => {
    const verdict = judgeArticle(article, [
      prediction(text, { content: 'Taxes will rise,' }),
      prediction(text, { content: 'Spending will fall,' }),
    ]);
    const byMarks = scoreScope([verdict], DIRECT_BY_ALL_MARKS);
    const byLabels = scoreScope([verdict], kindScope('direct'));
    assert.deepEqual([byMarks.gold, byMarks.matched, byMarks.falseAlarms], [2, 2, 0]);
    assert.deepEqual([byLabels.gold, byLabels.matched, byLabels.falseAlarms], [1, 1, 1]);
  });
});
