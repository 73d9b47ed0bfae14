import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentTokens, sameTokens, tokenF1 } from '../../src/eval/tokens.ts';

const whole = (text: string) => contentTokens(text, [{ start: 0, end: text.length }]);

describe('eval tokens: quote marks and edge punctuation drop, case folds', () => {
  const cases: [string, string[]][] = [
    ['“Hello, world.”', ['hello', 'world']],
    ['" We are ready , " he', ['we', 'are', 'ready', 'he']], // PFSA-ID's space-tokenised text
    ['” Saya minta , ”', ['saya', 'minta']],
    ['U.S. officials’ plan', ['u.s', 'officials', 'plan']], // inner dots stay, the last one is an edge
    ["it's (fine)", ["it's", 'fine']],
    ['— … ,', []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(whole(text), expected));
  }

  it('joins discontinuous pieces in the order given', () => {
    const text = '"We won," he said, "and we will win again."';
    const pieces = [{ start: 0, end: 8 }, { start: 19, end: text.length }];
    assert.deepEqual(contentTokens(text, pieces), ['we', 'won', 'and', 'we', 'will', 'win', 'again']);
  });
});

describe('eval tokens: multiset F1 and exact match', () => {
  const cases: [string[], string[], number][] = [
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b', 'c', 'd'], ['a', 'b'], 2 / 3],
    [['a', 'a', 'b'], ['a', 'b', 'b'], 2 / 3], // repeated tokens count once per occurrence
    [['a', 'b'], ['c'], 0],
    [[], ['a'], 0],
  ];
  for (const [a, b, f1] of cases) {
    it(`${a.join(' ')} ~ ${b.join(' ')} = ${f1.toFixed(3)}`, () => assert.ok(Math.abs(tokenF1(a, b) - f1) < 1e-9));
  }
  it('exact match needs the same tokens in the same order', () => {
    assert.equal(sameTokens(['a', 'b'], ['a', 'b']), true);
    assert.equal(sameTokens(['a', 'b'], ['b', 'a']), false);
  });
});
