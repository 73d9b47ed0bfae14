import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Stores an attribution's LSH band keys (see sql/0002 and src/audit/shingles.ts). */
export async function insertBands(db: Kysely<DB>, attributionId: number, keys: number[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insertInto('attribution_bands')
    .values([...new Set(keys)].map((band_key) => ({ band_key, attribution_id: attributionId })))
    .onConflict((oc) => oc.columns(['band_key', 'attribution_id']).doNothing())
    .execute();
}

export interface BandCandidate {
  id: number;
  article_id: number;
  claim_id: number | null;
  content_text: string;
  shared: number;
}

/**
 * Attributions sharing at least one band key with `keys`, most shared bands first: one index
 * probe per key on the primary key of attribution_bands, whatever the table size. `limit` caps
 * the work for very common statements ("no comment").
 */
export function findBandCandidates(db: Kysely<DB>, keys: number[], opts: { excludeId?: number; excludeArticleId?: number; limit: number }) {
  if (keys.length === 0) return Promise.resolve([] as BandCandidate[]);
  return db
    .selectFrom('attribution_bands as b')
    .innerJoin('attributions as at', 'at.id', 'b.attribution_id')
    .select(['at.id', 'at.article_id', 'at.claim_id', 'at.content_text', sql<number>`count(*)::int`.as('shared')])
    .where('b.band_key', 'in', keys)
    .$if(opts.excludeId !== undefined, (qb) => qb.where('at.id', '<>', opts.excludeId!))
    .$if(opts.excludeArticleId !== undefined, (qb) => qb.where('at.article_id', '<>', opts.excludeArticleId!))
    .groupBy(['at.id', 'at.article_id', 'at.claim_id', 'at.content_text'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('at.id')
    .limit(opts.limit)
    .execute() as Promise<BandCandidate[]>;
}

export async function setClaim(db: Kysely<DB>, attributionId: number, claimId: number): Promise<void> {
  await db.updateTable('attributions').set({ claim_id: claimId }).where('id', '=', attributionId).execute();
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
