import { z } from 'zod';
import { Cursor, Lang, Limit, QueryText } from './common.ts';

const DAY_MS = 86_400_000;

/** An ISO date or date-time query parameter; `end` turns a bare date into the end of that day. */
const DateParam = (end: boolean) =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'must be an ISO date (2024-06-05) or date-time with offset' })
    .transform((value) => {
      const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
      return end && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(date.getTime() + DAY_MS) : date;
    });

export const Kind = z.enum(['direct', 'mixed', 'indirect'], { error: 'must be direct, mixed or indirect' }).describe('Attribution kind');

export const AttributionQuery = z
  .strictObject({
    speaker: QueryText.optional().describe('Speaker name or alias, whole words, case- and accent-insensitive ("scrocca"); misspellings match by trigrams when nothing matches exactly'),
    q: QueryText.optional().describe("Full-text search over the content, in each attribution's language (websearch syntax: \"phrase\", or, -not)"),
    fuzzy: QueryText.optional().describe('Trigram word similarity to the content (misspelt or half-remembered quotes)'),
    via: QueryText.optional().describe('An intermediary named in the chain (outlet or person), not the publisher'),
    publisher: QueryText.optional().describe("The article's publisher"),
    organization: QueryText.optional().describe("The speaker's organisation as stated (whole words), or the speaker itself when it is that organisation"),
    role: QueryText.optional().describe("The speaker's role or title as stated (whole words)"),
    standing: z
      .enum(['public', 'private'], { error: 'must be public or private' })
      .optional()
      .describe('How the article describes the speaker: public (an office, a rank, an expert\'s role) or private (a resident, a driver, a student); speakers it describes neither way match neither'),
    lang: Lang.optional(),
    kind: Kind.optional(),
    from: DateParam(false).optional().describe('Article date on or after this ISO date or date-time'),
    to: DateParam(true).optional().describe('Article date on or before this ISO date (the whole day) or before this date-time'),
    sort: z
      .enum(['relevance', 'date', 'id'], { error: 'must be relevance, date or id' })
      .optional()
      .describe('relevance (needs q or fuzzy; the default when one is given), date (article date, newest first, undated last) or id (newest ingested first; the default otherwise)'),
    limit: Limit,
    cursor: Cursor.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from >= query.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from', params: { code: 'invalid_value' } });
    }
    if (query.sort === 'relevance' && query.q === undefined && query.fuzzy === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'relevance needs q or fuzzy', params: { code: 'invalid_value' } });
    }
  })
  .describe('Filters for GET /attributions; all combine with AND');

export const SpeakerQuery = z
  .strictObject({
    q: QueryText.optional().describe('Name or alias, whole words, case- and accent-insensitive'),
    limit: Limit,
    cursor: Cursor.optional(),
  })
  .describe('Filters for GET /speakers');

const Reason = z.string().trim().min(1, { error: 'must not be empty' }).max(1000, { error: 'must be at most 1000 characters' });
// A missing id keeps zod's own message, which errors.ts recognises as missing_field.
const EntityId = z.number({ error: (issue) => (issue.input === undefined ? undefined : 'must be a positive integer id') }).int({ error: 'must be a positive integer id' }).positive({ error: 'must be a positive integer id' });

export const MergeBody = z
  .strictObject({
    into: EntityId.describe('The entity that keeps everything'),
    reason: Reason.optional().describe('Why: stored in the merges audit and on every moved link'),
  })
  .describe('Merge this speaker into another entity');

export const SplitBody = z
  .strictObject({
    aliases: z
      .array(z.string().trim().min(1, { error: 'must not be empty' }).max(300), { error: 'must be an array of alias strings' })
      .max(100)
      .default([])
      .describe('Aliases that move to the new entity; attributions whose stated speaker name is one of them move too'),
    attributions: z.array(EntityId, { error: 'must be an array of attribution ids' }).max(1000).default([]).describe('Attribution ids that move to the new entity'),
    name: z.string().trim().min(1, { error: 'must not be empty' }).max(300).optional().describe("The new entity's name (default: the first alias)"),
    reason: Reason.optional().describe('Why: stored in the merges audit and on every moved link'),
  })
  .superRefine((body, ctx) => {
    if (body.aliases.length === 0 && body.attributions.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['aliases'], message: 'give aliases or attributions to move', params: { code: 'missing_field' } });
    }
  })
  .describe('Split aliases and attributions off this speaker into a new entity');

export const RelayedQuery = z
  .strictObject({
    as: z.enum(['intermediary', 'publisher', 'any'], { error: 'must be intermediary, publisher or any' }).default('intermediary').describe('Which role of the outlet counts (default intermediary)'),
    per_speaker: z
      .string()
      .regex(/^[0-9]{1,3}$/, { error: 'must be an integer from 1 to 100' })
      .transform(Number)
      .pipe(z.number().int().min(1, { error: 'must be an integer from 1 to 100' }).max(100, { error: 'must be an integer from 1 to 100' }))
      .default(20)
      .describe('Attributions listed per speaker, newest first (default 20; the count is always complete)'),
    limit: Limit.describe('Speakers per page, 1–100 (default 20)'),
    cursor: Cursor.optional(),
  })
  .describe('GET /outlets/:id/relayed');

export const VariantsQuery = z
  .strictObject({
    limit: Limit.describe('Variants returned, best first, 1–100 (default 20)'),
  })
  .describe('GET /attributions/:id/variants');

export const NoQuery = z.strictObject({}).describe('No query parameters');
