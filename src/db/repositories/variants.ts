import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { insertInChunks } from './chunks.ts';

/** Stores the LSH band keys of an article's attributions (see sql/0002 and src/audit/shingles.ts). */
export async function insertBands(db: Kysely<DB>, bands: readonly { attributionId: number; keys: readonly number[] }[]): Promise<void> {
  const rows = bands.flatMap(({ attributionId, keys }) => [...new Set(keys)].map((band_key) => ({ band_key, attribution_id: attributionId })));
  await insertInChunks(rows, (chunk) =>
    db
      .insertInto('attribution_bands')
      .values(chunk)
      .onConflict((oc) => oc.columns(['band_key', 'attribution_id']).doNothing())
      .execute(),
  );
}

export interface BandCandidate {
  id: number;
  article_id: number;
  claim_id: number | null;
  content_text: string;
  shared: number;
}

/** Rows read per band key: a boilerplate statement ("no comment") must not make a lookup read millions. */
const PER_KEY = 250;

/**
 * Attributions sharing at least one band key with `keys`, most shared bands first: one index
 * probe per key on the primary key of attribution_bands (an index-only scan), reading at most
 * PER_KEY rows per key, so the work is bounded by keys × PER_KEY whatever the table size.
 * Only the best few are joined to their content.
 */
export async function findBandCandidates(
  db: Kysely<DB>,
  keys: number[],
  opts: { excludeId?: number; excludeArticleId?: number; limit: number },
): Promise<BandCandidate[]> {
  if (keys.length === 0) return [];
  const rows = await sql<BandCandidate>`
    SELECT at.id, at.article_id, at.claim_id, at.content_text, c.shared
    FROM (
      SELECT b.attribution_id, count(*)::int AS shared
      FROM unnest(${keys}::bigint[]) AS k(key)
      CROSS JOIN LATERAL (
        SELECT attribution_id FROM attribution_bands WHERE band_key = k.key ORDER BY attribution_id LIMIT ${PER_KEY}
      ) b
      WHERE b.attribution_id <> ${opts.excludeId ?? 0}
      GROUP BY b.attribution_id
      ORDER BY count(*) DESC, b.attribution_id
      LIMIT ${opts.limit + 50}
    ) c
    JOIN attributions at ON at.id = c.attribution_id
    WHERE at.article_id <> ${opts.excludeArticleId ?? 0}
    ORDER BY c.shared DESC, at.id
    LIMIT ${opts.limit}`.execute(db);
  return rows.rows;
}

/** An article's attributions that joined no earlier claim start their own: claim_id is their id. */
export async function claimOwnStatements(db: Kysely<DB>, articleId: number): Promise<void> {
  await db.updateTable('attributions').set({ claim_id: sql`id` }).where('article_id', '=', articleId).where('claim_id', 'is', null).execute();
}

/** Members of a claim cluster (index attributions_claim). */
export function findClaimMembers(db: Kysely<DB>, claimId: number, limit: number) {
  return db.selectFrom('attributions').select(['id']).where('claim_id', '=', claimId).orderBy('id').limit(limit).execute();
}

/** Trigram similarity of each candidate's content to `text`, computed by the database. */
export async function trigramSimilarities(db: Kysely<DB>, ids: number[], text: string): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('attributions')
    .select(['id', sql<number>`similarity(content_text, ${text})::float8`.as('similarity')])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.similarity]));
}
