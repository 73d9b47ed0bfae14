import { franc } from 'franc-min';
import type { Lang } from './types.ts';

const BY_ISO6393: Record<string, Lang> = { eng: 'en', ind: 'id', zlm: 'id' };

/**
 * The article's language among those quotetrail has lexicons for. franc scores trigrams;
 * Malay is accepted as Indonesian because short Indonesian texts often score as Malay.
 */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const code = franc(sample, { only: Object.keys(BY_ISO6393), minLength: 10 });
  return BY_ISO6393[code] ?? fallback;
}
