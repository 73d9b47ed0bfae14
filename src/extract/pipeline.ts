import type { ExtractionInput, ExtractionResult } from './types.ts';

/** Runs every extraction stage over one article. Pure: no I/O. */
export function extract(input: ExtractionInput): ExtractionResult {
  return { id: input.id ?? null, lang: input.lang ?? 'en', attributions: [] };
}
