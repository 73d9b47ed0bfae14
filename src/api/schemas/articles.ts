import { z } from 'zod';
import { Lang } from './common.ts';

// C0 controls other than tab, line feed, form feed and carriage return, and DEL: binary junk.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Article text or HTML: non-blank, well-formed Unicode, no NUL or other binary control bytes. */
const ArticleBody = z
  .string()
  .max(1_500_000, { error: 'must be at most 1,500,000 characters' })
  .superRefine((value, ctx) => {
    if (value.trim() === '') ctx.addIssue({ code: 'custom', message: 'must not be empty or whitespace', params: { code: 'empty_text' } });
    else if (value.includes('\u0000')) ctx.addIssue({ code: 'custom', message: 'must not contain NUL characters', params: { code: 'invalid_text' } });
    else if (CONTROL.test(value)) ctx.addIssue({ code: 'custom', message: 'must not contain control characters (binary data?)', params: { code: 'invalid_text' } });
    else if (LONE_SURROGATE.test(value)) ctx.addIssue({ code: 'custom', message: 'must be valid Unicode (lone surrogate)', params: { code: 'invalid_text' } });
    else if (value.includes('\uFFFD')) ctx.addIssue({ code: 'custom', message: 'contains U+FFFD: the text was not valid UTF-8 before it reached us', params: { code: 'invalid_text' } });
  });

const Name = z.string().trim().min(1, { error: 'must not be empty' }).max(300, { error: 'must be at most 300 characters' });

export const ArticleInput = z
  .strictObject({
    text: ArticleBody.optional().describe('The article as plain text; give this or `html`'),
    html: ArticleBody.optional().describe('The article as HTML, converted to text before extraction; give this or `text`'),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(2048, { error: 'must be at most 2048 characters' })
      .nullish()
      .describe('Where the article was published'),
    publisher: Name.nullish().describe('The outlet that published it ("Russia Beyond"); closes every source chain'),
    title: Name.nullish().describe('Headline'),
    published_at: z
      .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'must be an ISO date (2017-03-02) or date-time with offset' })
      .nullish()
      .describe('Publication date or date-time (ISO 8601); dates the roles the article states'),
    lang: Lang.optional().describe('Language of the text; detected (English or Indonesian) when absent'),
  })
  .superRefine((body, ctx) => {
    if (body.text === undefined && body.html === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'is required (or give html)', params: { code: 'missing_field' } });
    } else if (body.text !== undefined && body.html !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['html'], message: 'give either text or html, not both', params: { code: 'invalid_value' } });
    }
  })
  .describe('An article to ingest');

export type ArticleInput = z.output<typeof ArticleInput>;
