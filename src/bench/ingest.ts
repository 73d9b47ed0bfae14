// Phase 2: articles stored end to end (text normalisation, extraction, one transaction of
// inserts) through the ingest service, then the same articles again: the idempotent path,
// which finds the content hash and writes nothing.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { bulkLoadUpkeep, ingestArticle } from '../services/ingest.ts';
import type { BenchArticle } from './corpus.ts';
import { QueryMeter, type StatementShare } from './meter.ts';
import { progress } from './progress.ts';
import { summarize, throughput, type LatencySummary, type Throughput } from './stats.ts';

export interface IngestPass {
  total: Throughput;
  byLang: Record<string, Throughput>;
  /** Per-article milliseconds. */
  perArticle: LatencySummary | null;
  created: number;
  /** Stored already: a duplicate text in the corpus on the first pass, everything on the second. */
  existing: number;
  attributions: number;
  errors: { id: string; message: string }[];
  stoppedEarly: boolean;
  /** SQL statements sent, and the seconds from sending them to having their results. */
  statements: number;
  statementSeconds: number;
  /** The statements that took the most time. */
  topStatements: StatementShare[];
}

export async function ingestPass(plainDb: Kysely<DB>, articles: readonly BenchArticle[], label: string, deadline: number): Promise<IngestPass> {
  const meter = new QueryMeter();
  const db = plainDb.withPlugin(meter);
  const times: number[] = [];
  const byLang = new Map<string, { n: number; bytes: number; ms: number }>();
  const errors: IngestPass['errors'] = [];
  let created = 0;
  let existing = 0;
  let attributions = 0;
  let stoppedEarly = false;
  const bar = progress(label, articles.length);
  // A bulk load, as the `ingest` command does it: its upkeep counts in the time.
  const upkeep = bulkLoadUpkeep(plainDb);
  for (const a of articles) {
    if (Date.now() > deadline) {
      stoppedEarly = true;
      break;
    }
    const started = performance.now();
    try {
      const result = await ingestArticle(db, {
        text: a.text,
        lang: a.lang,
        publisher: a.publisher,
        title: a.title,
        publishedAt: a.date,
      });
      if (result.created) {
        created++;
        attributions += result.attributions.length;
      } else existing++;
      await upkeep(result.created);
    } catch (err) {
      errors.push({ id: a.id, message: err instanceof Error ? err.message : String(err) });
    }
    const ms = performance.now() - started;
    times.push(ms);
    const entry = byLang.get(a.lang) ?? { n: 0, bytes: 0, ms: 0 };
    entry.n++;
    entry.bytes += a.bytes;
    entry.ms += ms;
    byLang.set(a.lang, entry);
    bar.tick();
  }
  bar.stop();
  const done = articles.slice(0, times.length);
  return {
    total: throughput(done.length, done.reduce((s, a) => s + a.bytes, 0), times.reduce((s, t) => s + t, 0) / 1000),
    byLang: Object.fromEntries([...byLang].sort(([a], [b]) => a.localeCompare(b)).map(([lang, e]) => [lang, throughput(e.n, e.bytes, e.ms / 1000)])),
    perArticle: summarize(times),
    created,
    existing,
    attributions,
    errors,
    stoppedEarly,
    statements: meter.statements,
    statementSeconds: meter.ms / 1000,
    topStatements: meter.top(6),
  };
}

export interface StoredCounts {
  articles: number | null;
  attributions: number | null;
  entities: number | null;
  hops: number | null;
  databaseBytes: number | null;
}

/** What the database holds after ingest; null for a figure the schema no longer offers. */
export async function storedCounts(db: Kysely<DB>): Promise<StoredCounts> {
  const count = async (table: string) => {
    try {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db);
      return rows[0]?.n ?? null;
    } catch {
      return null;
    }
  };
  let databaseBytes: number | null = null;
  try {
    const { rows } = await sql<{ n: string }>`SELECT pg_database_size(current_database())::text AS n`.execute(db);
    databaseBytes = rows[0] ? Number(rows[0].n) : null;
  } catch {
    databaseBytes = null;
  }
  return {
    articles: await count('articles'),
    attributions: await count('attributions'),
    entities: await count('entities'),
    hops: await count('attribution_hops'),
    databaseBytes,
  };
}
