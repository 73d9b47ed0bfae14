// The search mix: query kinds, their share of the mix, and how one query of each kind is
// made from values drawn from the stored data. Pure: the pool is gathered beforehand.
import { misspell, pick, type seededRandom } from './stats.ts';

type Random = ReturnType<typeof seededRandom>;

export const QUERY_KINDS = [
  'speaker',
  'speaker-misspelt',
  'q',
  'via',
  'publisher',
  'lang',
  'kind',
  'cursor',
  'speakers-q',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** Share of each kind in the mix (relative weights). */
export const QUERY_WEIGHTS: Record<QueryKind, number> = {
  speaker: 20,
  'speaker-misspelt': 10,
  q: 20,
  via: 10,
  publisher: 5,
  lang: 8,
  kind: 8,
  cursor: 12,
  'speakers-q': 7,
};

export const QUERY_DESCRIPTIONS: Record<QueryKind, string> = {
  speaker: 'GET /attributions?speaker= a stored speaker name',
  'speaker-misspelt': 'GET /attributions?speaker= the same with one typo (fuzzy)',
  q: 'GET /attributions?q= one or two words from stored content',
  via: 'GET /attributions?via= a stored intermediary',
  publisher: 'GET /attributions?publisher= a stored outlet',
  lang: 'GET /attributions?lang=en|id',
  kind: 'GET /attributions?kind=direct|mixed|indirect (with lang half the time)',
  cursor: 'GET /attributions?…&cursor= page 2–6 of a listing',
  'speakers-q': 'GET /speakers?q= a stored speaker name',
};

export interface QueryPool {
  /** Speaker names, most quoted first. */
  speakers: string[];
  vias: string[];
  publishers: string[];
  words: string[];
  langs: string[];
  /** Ready-made deep-page requests, each with the cursor its listing returned. */
  cursorPaths: string[];
}

export interface PlannedQuery {
  kind: QueryKind;
  path: string;
}

/** Whether the pool holds what a kind needs; a kind without material is reported as skipped. */
export function kindHasMaterial(kind: QueryKind, pool: QueryPool): boolean {
  switch (kind) {
    case 'speaker':
    case 'speaker-misspelt':
    case 'speakers-q':
      return pool.speakers.length > 0;
    case 'q':
      return pool.words.length > 0;
    case 'via':
      return pool.vias.length > 0;
    case 'publisher':
      return pool.publishers.length > 0;
    case 'lang':
    case 'kind':
      return pool.langs.length > 0;
    case 'cursor':
      return pool.cursorPaths.length > 0;
  }
}

/** One query of the given kind. Half the speakers come from the 50 most quoted, half from the long tail. */
export function makeQuery(kind: QueryKind, pool: QueryPool, random: Random): PlannedQuery {
  const speaker = () => (random() < 0.5 ? pick(random, pool.speakers.slice(0, 50)) : pick(random, pool.speakers));
  const params = (p: Record<string, string>) => new URLSearchParams(p).toString();
  switch (kind) {
    case 'speaker':
      return { kind, path: `/attributions?${params({ speaker: speaker() })}` };
    case 'speaker-misspelt':
      return { kind, path: `/attributions?${params({ speaker: misspell(speaker(), random) })}` };
    case 'q': {
      const words = random() < 0.7 ? [pick(random, pool.words)] : [pick(random, pool.words), pick(random, pool.words)];
      return { kind, path: `/attributions?${params({ q: words.join(' ') })}` };
    }
    case 'via':
      return { kind, path: `/attributions?${params({ via: pick(random, pool.vias) })}` };
    case 'publisher':
      return { kind, path: `/attributions?${params({ publisher: pick(random, pool.publishers) })}` };
    case 'lang':
      return { kind, path: `/attributions?${params({ lang: pick(random, pool.langs) })}` };
    case 'kind': {
      const k = pick(random, ['direct', 'mixed', 'indirect']);
      const p: Record<string, string> = random() < 0.5 ? { kind: k } : { kind: k, lang: pick(random, pool.langs) };
      return { kind, path: `/attributions?${params(p)}` };
    }
    case 'cursor':
      return { kind, path: pick(random, pool.cursorPaths) };
    case 'speakers-q':
      return { kind, path: `/speakers?${params({ q: speaker() })}` };
  }
}

/** `count` queries, kinds drawn by weight among `kinds`; the same seed gives the same list. */
export function planQueries(kinds: readonly QueryKind[], pool: QueryPool, count: number, random: Random): PlannedQuery[] {
  const total = kinds.reduce((s, k) => s + QUERY_WEIGHTS[k], 0);
  if (kinds.length === 0 || total <= 0) return [];
  const plan: PlannedQuery[] = [];
  for (let i = 0; i < count; i++) {
    let r = random() * total;
    let kind = kinds[kinds.length - 1]!;
    for (const k of kinds) {
      r -= QUERY_WEIGHTS[k];
      if (r < 0) {
        kind = k;
        break;
      }
    }
    plan.push(makeQuery(kind, pool, random));
  }
  return plan;
}

const STOPWORDS = new Set(
  ('about after again against because before being between could during every other their there these those through '
    + 'under until where which while would should whose yang dengan untuk dalam tidak kepada karena bahwa sudah akan '
    + 'dari pada juga telah mereka adalah seperti masih hanya sebagai').split(' '),
);

/** Content words worth searching for: five letters or more, not a function word, lowercased, unique. */
export function searchableWords(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const t of texts) {
    for (const w of t.toLowerCase().split(/[^\p{L}]+/u)) {
      if (w.length >= 5 && !STOPWORDS.has(w)) seen.add(w);
    }
  }
  return [...seen].sort();
}
