// Phase 3: search latency through the public HTTP API, so refactors behind it do not matter.
// The queries are made from what the API itself returns (speakers, intermediaries, content).
import { getJson, query } from './http.ts';
import { progress } from './progress.ts';
import { kindHasMaterial, planQueries, QUERY_DESCRIPTIONS, QUERY_KINDS, searchableWords, type PlannedQuery, type QueryKind, type QueryPool } from './queries.ts';
import { seededRandom, summarize, type LatencySummary } from './stats.ts';

interface Listing<T> {
  items: T[];
  next_cursor: string | null;
}
interface SpeakerItem {
  name: string;
  attribution_count: number;
}
interface AttributionItem {
  content_text: string;
  lang: string;
  via: { name: string }[];
  publisher: { name: string } | null;
}

export interface SearchOptions {
  queries: number;
  warmup: number;
  seed: number;
  deadline: number;
}

export interface KindResult {
  description: string;
  /** Why a kind was not measured: the API rejected it (400) or the data offers nothing to ask. */
  skipped: string | null;
  latency: LatencySummary | null;
  /** Share of queries that found at least one item, and the mean number of items per page. */
  hitRate: number | null;
  meanItems: number | null;
  example: string | null;
}

export interface SearchPhase {
  poolSizes: Record<keyof QueryPool, number>;
  gatherMs: number;
  warmup: number;
  measured: number;
  overall: LatencySummary | null;
  byKind: Record<QueryKind, KindResult>;
  failures: { path: string; status: number; body: unknown }[];
  stoppedEarly: boolean;
}

// Enough pages to read every speaker and attribution of the full corpora (~5k and ~12k).
const SPEAKER_PAGES = 200;
const ATTRIBUTION_PAGES = 300;

export async function benchSearch(base: string, opts: SearchOptions): Promise<SearchPhase> {
  const started = performance.now();
  const pool = await gatherPool(base, seededRandom(opts.seed ^ 0x5eed));
  const gatherMs = performance.now() - started;

  const byKind = {} as Record<QueryKind, KindResult>;
  const probe = seededRandom(opts.seed ^ 0x9e37);
  const usable: QueryKind[] = [];
  for (const kind of QUERY_KINDS) {
    const result: KindResult = { description: QUERY_DESCRIPTIONS[kind], skipped: null, latency: null, hitRate: null, meanItems: null, example: null };
    byKind[kind] = result;
    if (!kindHasMaterial(kind, pool)) {
      result.skipped = 'nothing in the stored data to ask for';
      continue;
    }
    const { path } = planQueries([kind], pool, 1, probe)[0]!;
    result.example = path;
    const res = await getJson<{ error?: { message?: string } }>(base, path);
    if (res.status === 400) {
      result.skipped = `the API rejects it: 400 ${res.body.error?.message ?? ''}`.trim();
      continue;
    }
    usable.push(kind);
  }

  const warm = planQueries(usable, pool, opts.warmup, seededRandom(opts.seed + 1));
  const plan = planQueries(usable, pool, opts.queries, seededRandom(opts.seed));
  const failures: SearchPhase['failures'] = [];
  const bar = progress('search', warm.length + plan.length);
  let stoppedEarly = false;
  for (const q of warm) {
    if (Date.now() > opts.deadline) break;
    await getJson(base, q.path);
    bar.tick();
  }
  const samples = new Map<QueryKind, { ms: number[]; hits: number; items: number }>();
  const all: number[] = [];
  for (const q of plan) {
    if (Date.now() > opts.deadline) {
      stoppedEarly = true;
      break;
    }
    await measure(base, q, samples, all, failures);
    bar.tick();
  }
  bar.stop();

  for (const [kind, s] of samples) {
    const r = byKind[kind];
    r.latency = summarize(s.ms);
    r.hitRate = s.ms.length ? s.hits / s.ms.length : null;
    r.meanItems = s.ms.length ? s.items / s.ms.length : null;
  }
  return {
    poolSizes: {
      speakers: pool.speakers.length,
      vias: pool.vias.length,
      publishers: pool.publishers.length,
      words: pool.words.length,
      langs: pool.langs.length,
      cursorPaths: pool.cursorPaths.length,
    },
    gatherMs,
    warmup: warm.length,
    measured: all.length,
    overall: summarize(all),
    byKind,
    failures: failures.slice(0, 20),
    stoppedEarly,
  };
}

async function measure(
  base: string,
  q: PlannedQuery,
  samples: Map<QueryKind, { ms: number[]; hits: number; items: number }>,
  all: number[],
  failures: SearchPhase['failures'],
): Promise<void> {
  const res = await getJson<Listing<unknown>>(base, q.path);
  if (res.status !== 200) {
    failures.push({ path: q.path, status: res.status, body: res.body });
    return;
  }
  const s = samples.get(q.kind) ?? { ms: [], hits: 0, items: 0 };
  s.ms.push(res.ms);
  const n = Array.isArray(res.body.items) ? res.body.items.length : 0;
  if (n > 0) s.hits++;
  s.items += n;
  samples.set(q.kind, s);
  all.push(res.ms);
}

/** Values to ask for, read through the API (untimed, bounded): speakers, intermediaries, outlets, words, cursors. */
async function gatherPool(base: string, random: () => number): Promise<QueryPool> {
  const speakers: SpeakerItem[] = [];
  for await (const item of walk<SpeakerItem>(base, '/speakers', { limit: 100 }, SPEAKER_PAGES)) speakers.push(item);
  speakers.sort((a, b) => b.attribution_count - a.attribution_count || a.name.localeCompare(b.name));

  const vias = new Set<string>();
  const publishers = new Set<string>();
  const langs = new Set<string>();
  const texts: string[] = [];
  for await (const a of walk<AttributionItem>(base, '/attributions', { limit: 100 }, ATTRIBUTION_PAGES)) {
    for (const h of a.via ?? []) if (h.name) vias.add(h.name);
    if (a.publisher?.name) publishers.add(a.publisher.name);
    if (a.lang) langs.add(a.lang);
    if (a.content_text) texts.push(a.content_text);
  }
  // Deep pages: follow next_cursor 1–5 times through a handful of listings, keep the last cursor.
  const cursorPaths: string[] = [];
  const listings: Record<string, string>[] = [{}, ...[...langs].map((lang) => ({ lang })), { kind: 'indirect' }, { kind: 'direct' }];
  for (const s of speakers.slice(0, 5)) listings.push({ speaker: s.name });
  for (const filter of listings) {
    const depth = 1 + Math.floor(random() * 5);
    let cursor: string | null = null;
    for (let page = 0; page < depth; page++) {
      const res: { status: number; body: Listing<unknown> } = await getJson<Listing<unknown>>(base, query('/attributions', { ...filter, ...(cursor ? { cursor } : {}) }));
      if (res.status !== 200) break;
      cursor = res.body.next_cursor;
      if (!cursor) break;
    }
    if (cursor) cursorPaths.push(query('/attributions', { ...filter, cursor }));
  }

  return {
    speakers: speakers.map((s) => s.name).filter((n) => n.trim().length > 1 && n.length <= 200),
    vias: [...vias].sort(),
    publishers: [...publishers].sort(),
    words: searchableWords(texts),
    langs: [...langs].sort(),
    cursorPaths,
  };
}

async function* walk<T>(base: string, path: string, params: Record<string, string | number>, maxPages: number): AsyncGenerator<T> {
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const res: { status: number; body: Listing<T> } = await getJson<Listing<T>>(base, query(path, { ...params, ...(cursor ? { cursor } : {}) }));
    if (res.status !== 200 || !Array.isArray(res.body.items)) return;
    yield* res.body.items;
    cursor = res.body.next_cursor;
    if (!cursor) return;
  }
}
