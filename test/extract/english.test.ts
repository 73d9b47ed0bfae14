import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract } from '../../src/extract/pipeline.ts';
import type { Attribution } from '../../src/extract/types.ts';

// An English article with the seed's constructions: a wire dateline, "…," she added, an interrupted
// quote, "according to", "as quoted by", and an attribution nested inside a quotation.
const text = readFileSync(new URL('../fixtures/extract/port-strike.en.txt', import.meta.url), 'utf8');
const result = extract({ id: 'port-strike', text, publisher: 'The Daily Ledger' });

const find = (start: string): Attribution => {
  const a = result.attributions.find((x) => x.content[0]!.text.startsWith(start));
  assert.ok(a, `attribution starting "${start}"`);
  return a;
};
const via = (a: Attribution) => a.via.map((h) => h.name);

test('detected as English', () => assert.equal(result.lang, 'en'));

test('a wire dateline credits the agency as the outermost intermediary, and is not content', () => {
  const a = find('Talks to end the strike');
  assert.equal(a.kind, 'indirect');
  assert.equal(a.speaker?.name, 'union officials');
  assert.deepEqual(via(a), ['Reuters']);
});

test('a quote that continues after its attribution belongs to the same statement', () => {
  const a = find('We will not go back');
  assert.equal(a.kind, 'direct');
  assert.equal(a.content.length, 2);
  assert.equal(a.content[1]!.text, 'Our members have made that clear.');
  assert.equal(a.speaker?.name, 'Sharon Graham');
  assert.equal(a.speaker?.role, 'union leader');
  assert.equal(a.cue?.text, 'told');
});

test('"…," she added, "…" is one statement of the speaker before it', () => {
  const a = find('We are ready to talk');
  assert.deepEqual(a.content.map((c) => c.text), ['We are ready to talk', 'but not on these terms.']);
  assert.equal(a.speaker?.name, 'Sharon Graham');
  assert.equal(a.speaker?.mention?.text, 'she');
  assert.equal(a.cue?.text, 'added');
});

test('"according to X, …" is a reported claim', () => {
  const a = find('the strike has cost');
  assert.equal(a.kind, 'indirect');
  assert.equal(a.cue?.text, 'According to');
  assert.equal(a.speaker?.mention?.text, 'the port operator');
});

test('a relay named once covers the same speaker\'s neighbouring statements', () => {
  assert.deepEqual(via(find('the company had made')), ['BBC', 'Reuters']);
  assert.deepEqual(via(find('The offer is fair')), ['BBC', 'Reuters']);
  assert.equal(find('The offer is fair').speaker?.name, 'Paul Davey');
});

test('a claim inside a quotation is relayed by the quoted speaker', () => {
  const a = find('the berths could reopen');
  assert.equal(a.speaker?.name, 'Tom Reed');
  assert.equal(a.speaker?.role, 'harbour master');
  assert.deepEqual(via(a), ['Paul Davey', 'BBC', 'Reuters']);
});

test('photo credits and the publisher never appear as speakers or hops', () => {
  assert.equal(result.attributions.length, 7);
  for (const a of result.attributions) {
    assert.ok(!via(a).includes('The Daily Ledger'));
    assert.notEqual(a.speaker?.name, 'Reuters');
    for (const c of a.content) assert.equal(text.slice(c.start, c.end), c.text);
  }
});

test('a reporter\'s credit line makes the outlet the outermost intermediary; a report "that …" does not', () => {
  const credited = extract({ text: 'The Pentagon is drawing up plans. VOA\'s Al Pessin reports on the story from the Pentagon.\n\nA department spokesman, Joseph Yoswa, says any drawdown will be tied to conditions on the ground.', lang: 'en' });
  assert.deepEqual(credited.attributions.map(via), [['VOA']]);
  const reported = extract({ text: 'CNN\'s Jake Tapper reports that the plan was shelved.\n\nA department spokesman, Joseph Yoswa, says any drawdown will be tied to conditions on the ground.', lang: 'en' });
  assert.deepEqual(reported.attributions.map(via), [[], []]);
});

test('inside a quotation, nobody in particular and a negated or modal verb report nothing', () => {
  const contents = (t: string) => extract({ text: t, lang: 'en' }).attributions.map((a) => a.content.map((c) => c.text).join(' '));
  assert.deepEqual(contents('“Anyone claiming that America’s economy is in decline is peddling fiction,” Obama said.'), [
    'Anyone claiming that America’s economy is in decline is peddling fiction',
  ]);
  assert.deepEqual(contents('Clinton says, “You shouldn’t say that unless you can really deliver it.”'), ['You shouldn’t say that unless you can really deliver it.']);
  // A named source inside the quotation still relays its claim.
  assert.deepEqual(contents('“The FBI said that she did nothing illegal,” Davis said.'), ['The FBI said that she did nothing illegal', 'she did nothing illegal']);
});
