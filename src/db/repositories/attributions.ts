import { sql, type Kysely } from 'kysely';
import type { DB, NewAttribution, NewHop } from '../schema.ts';
import { aliasMatches } from './entities.ts';

export async function insertAttribution(db: Kysely<DB>, row: NewAttribution): Promise<number> {
  const { id } = await db.insertInto('attributions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertHops(db: Kysely<DB>, hops: NewHop[]): Promise<void> {
  if (hops.length > 0) await db.insertInto('attribution_hops').values(hops).execute();
}

const attributionColumns = [
  'at.id',
  'at.article_id',
  'at.ordinal',
  'at.kind',
  'at.content_text',
  'at.content_spans',
  'at.cue_text',
  'at.cue_start',
  'at.cue_end',
  'at.speaker_entity_id',
  'at.speaker_name',
  'at.speaker_type',
  'at.mention_text',
  'at.mention_start',
  'at.mention_end',
  'at.role',
  'at.title',
  'at.organization',
  'at.confidence',
  'at.rule',
  'at.lang',
] as const;

export function findAttributionsOfArticle(db: Kysely<DB>, articleId: number) {
  return db
    .selectFrom('attributions as at')
    .select(attributionColumns)
    .where('at.article_id', '=', articleId)
    .orderBy('at.ordinal')
    .execute();
}

export function findAttribution(db: Kysely<DB>, id: number) {
  return db.selectFrom('attributions as at').select(attributionColumns).where('at.id', '=', id).executeTakeFirst();
}

export type AttributionRecord = Awaited<ReturnType<typeof findAttributionsOfArticle>>[number];

/** Every hop of the given attributions, in chain order (publisher last). */
export function findHops(db: Kysely<DB>, attributionIds: number[]) {
  if (attributionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attribution_hops')
    .selectAll()
    .where('attribution_id', 'in', attributionIds)
    .orderBy('attribution_id')
    .orderBy('position')
    .execute();
}

export interface AttributionFilter {
  /** Speaker name or alias, word-wise, case- and accent-insensitive. */
  speaker?: string;
  /** Full text over the content, parsed in each attribution's own language. */
  q?: string;
  /** An intermediary (not the publisher) named anywhere in the chain. */
  via?: string;
  /** The article's publisher. */
  publisher?: string;
  lang?: 'en' | 'id';
  kind?: 'direct' | 'mixed' | 'indirect';
  articleId?: number;
  /** Keyset: only ids below this one (newest first). */
  beforeId?: number;
  limit: number;
}

/**
 * Newest first by id, keyset-paginated; fetches one row more than `limit` so the caller knows
 * whether a next page exists. The full-text condition is written as one branch per language,
 * each comparing the stored vector with a query parsed by the same configuration, so the GIN
 * index on search_vector serves all of them (a CASE over lang would hide it from the planner).
 */
export function searchAttributions(db: Kysely<DB>, f: AttributionFilter) {
  return db
    .selectFrom('attributions as at')
    .select(attributionColumns)
    .$if(f.speaker !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('entity_aliases as al')
            .select('al.id')
            .whereRef('al.entity_id', '=', 'at.speaker_entity_id')
            .where(aliasMatches(sql.ref('al.alias_key'), f.speaker!)),
        ),
      ),
    )
    .$if(f.via !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('attribution_hops as h')
            .innerJoin('entity_aliases as al', 'al.entity_id', 'h.entity_id')
            .select('h.position')
            .whereRef('h.attribution_id', '=', 'at.id')
            .where('h.is_publisher', '=', false)
            .where(aliasMatches(sql.ref('al.alias_key'), f.via!)),
        ),
      ),
    )
    .$if(f.publisher !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('articles as ar')
            .innerJoin('entity_aliases as al', 'al.entity_id', 'ar.publisher_id')
            .select('ar.id')
            .whereRef('ar.id', '=', 'at.article_id')
            .where(aliasMatches(sql.ref('al.alias_key'), f.publisher!)),
        ),
      ),
    )
    .$if(f.q !== undefined, (qb) =>
      qb.where(
        sql<boolean>`((at.lang = 'en' AND at.search_vector @@ websearch_to_tsquery('english'::regconfig, ${f.q!}))
          OR (at.lang = 'id' AND at.search_vector @@ websearch_to_tsquery('indonesian'::regconfig, ${f.q!})))`,
      ),
    )
    .$if(f.lang !== undefined, (qb) => qb.where('at.lang', '=', f.lang!))
    .$if(f.kind !== undefined, (qb) => qb.where('at.kind', '=', f.kind!))
    .$if(f.articleId !== undefined, (qb) => qb.where('at.article_id', '=', f.articleId!))
    .$if(f.beforeId !== undefined, (qb) => qb.where('at.id', '<', f.beforeId!))
    .orderBy('at.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}
