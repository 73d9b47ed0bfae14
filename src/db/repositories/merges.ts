// Merging and splitting entities: every statement here runs inside the caller's transaction
// (services/merges.ts) after both entity rows are locked, so no attribution can be resolved to
// a half-moved entity by a concurrent ingest.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Locks the entities (in id order, so two merges cannot deadlock) and returns them. */
export function lockEntities(db: Kysely<DB>, ids: number[]) {
  return db.selectFrom('entities').selectAll().where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

export interface MoveReason {
  code: 'manual-merge' | 'manual-split';
  reason: string;
}

/** Points every use of `from` at `to`: spoken attributions, group memberships, chain hops, published articles. */
export async function moveAllUses(db: Kysely<DB>, from: number, to: number, why: MoveReason) {
  const attributions = await db
    .updateTable('attributions')
    .set({ speaker_entity_id: to, speaker_match_code: why.code, speaker_match_reason: why.reason })
    .where('speaker_entity_id', '=', from)
    .returning('id')
    .execute();
  const hops = await db
    .updateTable('attribution_hops')
    .set({ entity_id: to, match_code: why.code, match_reason: why.reason })
    .where('entity_id', '=', from)
    .returning(['attribution_id', 'position'])
    .execute();
  const members = await db
    .updateTable('attribution_speaker_members')
    .set({ entity_id: to, match_code: why.code, match_reason: why.reason })
    .where('entity_id', '=', from)
    .returning(['attribution_id', 'position'])
    .execute();
  const articles = await db.updateTable('articles').set({ publisher_id: to }).where('publisher_id', '=', from).returning('id').execute();
  return {
    attributions: attributions.map((r) => r.id).sort((a, b) => a - b),
    hops: hops.map((h) => [h.attribution_id, h.position] as const),
    members: members.map((m) => [m.attribution_id, m.position] as const),
    articles: articles.map((r) => r.id).sort((a, b) => a - b),
  };
}

/**
 * Moves aliases (all, or those whose alias_key is listed) from one entity to another. A form
 * the target already has stays on the source row, so nothing is deleted.
 */
export async function moveAliases(db: Kysely<DB>, from: number, to: number, why: MoveReason, aliasKeys?: string[]) {
  const rows = await db
    .updateTable('entity_aliases as al')
    .set({ entity_id: to, match_code: why.code, match_reason: why.reason })
    .where('al.entity_id', '=', from)
    .$if(aliasKeys !== undefined, (qb) => qb.where('al.alias_key', 'in', aliasKeys!.length > 0 ? aliasKeys! : ['']))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('entity_aliases as t').select('t.id').where('t.entity_id', '=', to).whereRef('t.alias_key', '=', 'al.alias_key'))))
    .returning('al.alias')
    .execute();
  return rows.map((r) => r.alias);
}

/** Moves stated roles (all, or those of the given articles) unless the target states the same. */
export async function moveRoles(db: Kysely<DB>, from: number, to: number, articleIds?: number[]) {
  if (articleIds !== undefined && articleIds.length === 0) return 0;
  const rows = await db
    .updateTable('entity_roles as r')
    .set({ entity_id: to })
    .where('r.entity_id', '=', from)
    .$if(articleIds !== undefined, (qb) => qb.where('r.article_id', 'in', articleIds!))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('entity_roles as t')
            .select('t.id')
            .where('t.entity_id', '=', to)
            .whereRef('t.article_id', '=', 'r.article_id')
            .where(sql<boolean>`t.role IS NOT DISTINCT FROM r.role AND t.title IS NOT DISTINCT FROM r.title AND t.organization IS NOT DISTINCT FROM r.organization`),
        ),
      ),
    )
    .returning('r.id')
    .execute();
  return rows.length;
}

/** Marks `from` as merged into `to`, and re-points entities merged into `from` earlier. */
export async function markMerged(db: Kysely<DB>, from: number, to: number): Promise<void> {
  await db.updateTable('entities').set({ merged_into_id: to }).where('merged_into_id', '=', from).execute();
  await db.updateTable('entities').set({ merged_into_id: to }).where('id', '=', from).execute();
}

export async function recordMerge(
  db: Kysely<DB>,
  row: { action: 'merge' | 'split'; source: number; target: number; reason: string; details: unknown; createdBy?: string | null },
): Promise<number> {
  const { id } = await db
    .insertInto('entity_merges')
    .values({
      action: row.action,
      source_entity_id: row.source,
      target_entity_id: row.target,
      reason: row.reason,
      details: JSON.stringify(row.details),
      created_by: row.createdBy ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Which of `aliases` the entity has, by qt_fold key; returns the keys in input order (null when absent). */
export async function aliasKeysOf(db: Kysely<DB>, entityId: number, aliases: string[]): Promise<Array<{ alias: string; key: string; found: boolean }>> {
  if (aliases.length === 0) return [];
  const rows = await sql<{ alias: string; key: string; found: boolean }>`
    SELECT q.alias, qt_fold(q.alias) AS key,
           EXISTS (SELECT 1 FROM entity_aliases al WHERE al.entity_id = ${entityId} AND al.alias_key = qt_fold(q.alias)) AS found
    FROM unnest(${aliases}::text[]) WITH ORDINALITY AS q(alias, n) ORDER BY q.n`.execute(db);
  return rows.rows;
}

/** Attributions of `entityId` among `ids`, and those whose stated speaker name is one of `aliasKeys`. */
export async function attributionsToMove(db: Kysely<DB>, entityId: number, ids: number[], aliasKeys: string[]) {
  if (ids.length === 0 && aliasKeys.length === 0) return [];
  const rows = await db
    .selectFrom('attributions')
    .select(['id', 'article_id'])
    .where('speaker_entity_id', '=', entityId)
    .where((eb) =>
      eb.or([
        ...(ids.length > 0 ? [eb('id', 'in', ids)] : []),
        ...(aliasKeys.length > 0 ? [eb(sql<string>`qt_fold(speaker_name)`, 'in', aliasKeys)] : []),
      ]),
    )
    .orderBy('id')
    .execute();
  return rows;
}

export async function moveAttributions(db: Kysely<DB>, ids: number[], to: number, why: MoveReason): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('attributions')
    .set({ speaker_entity_id: to, speaker_match_code: why.code, speaker_match_reason: why.reason })
    .where('id', 'in', ids)
    .execute();
}

/** Of `articleIds`, those where the entity no longer speaks (its roles there can follow the moved attributions). */
export async function articlesWithoutSpeaker(db: Kysely<DB>, entityId: number, articleIds: number[]): Promise<number[]> {
  if (articleIds.length === 0) return [];
  const still = await db.selectFrom('attributions').select('article_id').distinct().where('speaker_entity_id', '=', entityId).where('article_id', 'in', articleIds).execute();
  const keep = new Set(still.map((r) => r.article_id));
  return [...new Set(articleIds)].filter((id) => !keep.has(id));
}

export function listMerges(db: Kysely<DB>, entityId: number) {
  return db
    .selectFrom('entity_merges')
    .select(['id', 'action', 'source_entity_id', 'target_entity_id', 'reason', 'created_at'])
    .where((eb) => eb.or([eb('source_entity_id', '=', entityId), eb('target_entity_id', '=', entityId)]))
    .orderBy('id')
    .execute();
}
