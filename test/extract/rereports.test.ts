import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../src/extract/pipeline.ts';
import { articleText, rereports } from '../support/rereports.ts';

// The re-report fixture through the real extractor: every expected statement is found, with its
// speaker (given names such as "Hendra" resolve to the full name) and its chain.
const lastWord = (name: string) => name.split(/\s+/).pop()!.toLowerCase();

test('re-reported statements keep their speakers and chains across eight articles', () => {
  let found = 0;
  const wrong: string[] = [];
  for (const article of rereports.articles) {
    const text = articleText(article.file);
    const result = extract({ text, lang: article.lang, publisher: article.publisher });
    for (const gold of article.attributions) {
      const first = Array.isArray(gold.content) ? gold.content[0]! : gold.content;
      const got = result.attributions.find((a) => a.content.some((c) => c.text.includes(first.slice(0, 30)) || first.includes(c.text.slice(0, 30))));
      if (!got) continue;
      found++;
      const speakerRight = got.speaker !== null && lastWord(got.speaker.name) === lastWord(gold.speaker);
      const chainRight = JSON.stringify(got.via.map((h) => lastWord(h.name))) === JSON.stringify(gold.via.map(lastWord));
      if (!speakerRight || !chainRight) wrong.push(`${article.file}: ${first.slice(0, 40)} → ${got.speaker?.name} via ${got.via.map((h) => h.name).join(' → ')}`);
    }
  }
  const total = rereports.articles.reduce((n, a) => n + a.attributions.length, 0);
  assert.equal(found, total);
  // Known gaps, each noted in the README: "KKP" is kept as written (storage expands it), an invented
  // outlet after "kepada" is not known to be an outlet, and a nested claim shares its quote's text.
  assert.ok(wrong.length <= 5, wrong.join('\n'));
});
