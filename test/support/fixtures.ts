import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import type { Attribution, ExtractionInput, ExtractionResult } from '../../src/extract/types.ts';

const SEED = fileURLToPath(new URL('../../../shared/corpus/seed/', import.meta.url));

export const seed = {
  text: () => readFileSync(`${SEED}russia-beyond-aleppo-mosul.id.txt`, 'utf8'),
  expected: () =>
    JSON.parse(readFileSync(`${SEED}russia-beyond-aleppo-mosul.expected.json`, 'utf8')) as {
      publisher: string;
      attributions: Array<{ kind: string; content: string; speaker: string; mention: string; cue: string; via: string[] }>;
    },
};

export async function count(db: Kysely<DB>, table: keyof DB): Promise<number> {
  const row = await db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return row.n;
}

/** A span of `text`: the `nth` occurrence of `needle`. */
export function spanOf(text: string, needle: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" not in text`);
  }
  return { start, end: start + needle.length, text: needle };
}

/**
 * A short English article and hand-built attributions over it (offsets computed from the
 * text), standing in for the extractor when a test checks what storage keeps.
 */
export const handBuilt = {
  text: [
    'Ministers met in Jakarta on Monday.',
    '',
    '"We will not withdraw," said Defence Minister Ana Lopes, as quoted by Reuters.',
    '',
    'According to José Martí of the Harbour Authority, the port reopens in May.',
  ].join('\n'),
  extract(input: ExtractionInput): ExtractionResult {
    const t = input.text;
    const attributions: Attribution[] = [
      {
        kind: 'direct',
        content: [spanOf(t, 'We will not withdraw')],
        cue: spanOf(t, 'said'),
        speaker: {
          name: 'Ana Lopes',
          type: 'person',
          mention: spanOf(t, 'Defence Minister Ana Lopes'),
          antecedent: null,
          title: null,
          role: 'Defence Minister',
          organization: null,
          standing: 'public',
          members: [],
        },
        via: [{ name: 'Reuters', type: 'organization', mention: spanOf(t, 'Reuters'), cue: spanOf(t, 'as quoted by') }],
        confidence: 0.9,
        rule: 'test-quote-said',
      },
      {
        kind: 'indirect',
        content: [spanOf(t, 'the port reopens in May')],
        cue: spanOf(t, 'According to'),
        speaker: {
          name: 'José Martí',
          type: 'person',
          mention: spanOf(t, 'José Martí'),
          antecedent: null,
          title: null,
          role: null,
          organization: 'Harbour Authority',
          standing: null,
          members: [],
        },
        via: [],
        confidence: 0.7,
        rule: 'test-according-to',
      },
    ];
    return { id: input.id ?? null, lang: input.lang ?? 'en', attributions };
  },
};
