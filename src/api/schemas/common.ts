import { z } from 'zod';
import { LANGS } from '../../extract/types.ts';

/** A positive database id in the path; anything else is a 400, never a database error. */
export const IdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/, { error: 'must be a positive integer id' })
  .transform(Number)
  .refine(Number.isSafeInteger, { error: 'must be a positive integer id' })
  .describe('Numeric id');

export const IdParams = z.strictObject({ id: IdParam });

export const Lang = z.enum(LANGS, { error: 'must be "en" or "id"' }).describe('Language: "en" (English) or "id" (Indonesian)');

/** A short free-text query parameter. */
export const QueryText = z.string().trim().min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' });

export const Limit = z
  .string()
  .regex(/^[0-9]{1,4}$/, { error: 'must be an integer from 1 to 100' })
  .transform(Number)
  .pipe(z.number().int().min(1, { error: 'must be an integer from 1 to 100' }).max(100, { error: 'must be an integer from 1 to 100' }))
  .default(20)
  .describe('Page size, 1–100 (default 20)');

export const Cursor = z.string().describe('Opaque cursor from the previous page\'s next_cursor');

/** `{ items, next_cursor }`, the shape of every listing. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    next_cursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}
