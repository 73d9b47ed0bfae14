import { z } from 'zod';
import { Cursor, Lang, Limit, QueryText } from './common.ts';

export const AttributionQuery = z
  .strictObject({
    speaker: QueryText.optional().describe('Speaker name or alias, whole words, case- and accent-insensitive ("scrocca")'),
    q: QueryText.optional().describe("Full-text search over the content, in each attribution's language"),
    via: QueryText.optional().describe('An intermediary named in the chain (outlet or person), not the publisher'),
    publisher: QueryText.optional().describe("The article's publisher"),
    lang: Lang.optional(),
    kind: z.enum(['direct', 'mixed', 'indirect'], { error: 'must be direct, mixed or indirect' }).optional().describe('Attribution kind'),
    limit: Limit,
    cursor: Cursor.optional(),
  })
  .describe('Filters for GET /attributions; all combine with AND');

export const SpeakerQuery = z.strictObject({
  q: QueryText.optional().describe('Name or alias, whole words, case- and accent-insensitive'),
  limit: Limit,
  cursor: Cursor.optional(),
});
