import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chainsAgree, namesAgree, namesGold } from '../../src/eval/names.ts';

describe('eval names: FORMAT.md name rule', () => {
  const cases: [string, string, boolean, string][] = [
    ['Igor Konashenkov', 'Igor Konashenkov', true, 'same words'],
    ['Konashenkov', 'Igor Konashenkov', true, 'same last word'],
    ['the Post', 'The Washington Post', true, 'articles ignored, same last word'],
    ['YOSWA', 'Joseph Yoswa', true, 'case ignored'],
    ['US officials', 'U.S. officials', true, 'punctuation ignored'],
    ['source', 'unnamed source', true, 'one inside the other'],
    ['Donald Trump Jr', 'Donald Trump', true, 'all words of one inside the other'],
    ['Sputnik', 'Reuters', false, 'different names'],
    ['Kementerian Luar Negeri Suriah', 'Ministry of Foreign Affairs of Syria', false, 'translations are not names of each other'],
    ['the', 'the', false, 'nothing left after articles'],
  ];
  for (const [a, b, expected, why] of cases) {
    it(`${a} ~ ${b}: ${expected} (${why})`, () => {
      assert.equal(namesAgree(a, b), expected);
      assert.equal(namesAgree(b, a), expected, 'symmetric');
    });
  }

  it('accepts an alias the corpus lists for the gold speaker', () => {
    assert.equal(namesGold('Russia', 'Rusia'), false);
    assert.equal(namesGold('Russia', 'Rusia', ['Russia']), true);
  });
});

describe('eval names: whole-chain rule', () => {
  const cases: [string[], string[], boolean][] = [
    [['Konashenkov', 'Sputnik'], ['Igor Konashenkov', 'Sputnik'], true],
    [['Sputnik', 'Igor Konashenkov'], ['Igor Konashenkov', 'Sputnik'], false], // innermost first
    [['Sputnik'], ['Igor Konashenkov', 'Sputnik'], false], // same length required
    [[], [], true],
  ];
  for (const [predicted, gold, expected] of cases) {
    it(`[${predicted.join(' → ')}] vs [${gold.join(' → ')}]: ${expected}`, () => assert.equal(chainsAgree(predicted, gold), expected));
  }
});
