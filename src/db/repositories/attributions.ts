import { sql, type Kysely } from 'kysely';
import type { DB, NewAttribution, NewHop, NewSpeakerMember } from '../schema.ts';
import { insertInChunks } from './chunks.ts';

export async function insertAttribution(db: Kysely<DB>, row: NewAttribution): Promise<number> {
  const { id } = await db.insertInto('attributions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Rewrites a stored attribution's columns; its id, article and claim stay. */
export async function updateAttribution(db: Kysely<DB>, id: number, row: Omit<NewAttribution, 'claim_id'>): Promise<void> {
  await db.updateTable('attributions').set(row).where('id', '=', id).execute();
}

/** What a re-extraction compares with: an article's stored attributions, their spans and speakers. */
export function storedAttributionsOf(db: Kysely<DB>, articleId: number) {
  return db
    .selectFrom('attributions')
    .select(['id', 'ordinal', 'content_spans', 'speaker_name', 'speaker_entity_id', 'speaker_match_code', 'speaker_match_reason'])
    .where('article_id', '=', articleId)
    .orderBy('ordinal')
    .execute();
}

/**
 * Moves an article's attributions out of the way of new positions: ordinals are unique per
 * article, and kept rows take their new ones one at a time.
 */
export async function vacateOrdinals(db: Kysely<DB>, articleId: number): Promise<void> {
  await db.updateTable('attributions').set({ ordinal: sql`ordinal + 1000000` }).where('article_id', '=', articleId).execute();
}

/** Hops, group members and band keys of these attributions; a re-extraction writes them anew. */
export async function deleteAttributionDetails(db: Kysely<DB>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('attribution_hops').where('attribution_id', 'in', ids).execute();
  await db.deleteFrom('attribution_speaker_members').where('attribution_id', 'in', ids).execute();
  await db.deleteFrom('attribution_bands').where('attribution_id', 'in', ids).execute();
}

/**
 * Deletes attributions (their details first deleted). A claim anchored on one of them moves to
 * its earliest remaining member, so the statements of other articles stay together. The rows are
 * locked first: a concurrent ingest that joined one of these claims has committed by then, and is
 * re-anchored too; one that tries later waits, fails on the foreign key, and is retried (withRetry).
 */
export async function deleteAttributions(db: Kysely<DB>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.selectFrom('attributions').select('id').where('id', 'in', ids).forUpdate().execute();
  await sql`
    UPDATE attributions a SET claim_id = moved.anchor
    FROM (
      SELECT claim_id AS old, min(id) AS anchor FROM attributions
      WHERE claim_id = ANY(${ids}::bigint[]) AND NOT id = ANY(${ids}::bigint[])
      GROUP BY claim_id
    ) moved
    WHERE a.claim_id = moved.old AND NOT a.id = ANY(${ids}::bigint[])`.execute(db);
  await db.deleteFrom('attributions').where('id', 'in', ids).execute();
}

export async function insertHops(db: Kysely<DB>, hops: NewHop[]): Promise<void> {
  await insertInChunks(hops, (chunk) => db.insertInto('attribution_hops').values(chunk).execute());
}

export async function insertSpeakerMembers(db: Kysely<DB>, members: NewSpeakerMember[]): Promise<void> {
  await insertInChunks(members, (chunk) => db.insertInto('attribution_speaker_members').values(chunk).execute());
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
  'at.antecedent_text',
  'at.antecedent_start',
  'at.antecedent_end',
  'at.role',
  'at.title',
  'at.organization',
  'at.speaker_standing',
  'at.confidence',
  'at.rule',
  'at.lang',
  'at.speaker_match_code',
  'at.speaker_match_reason',
  'at.published_at',
  'at.claim_id',
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

/** The members of the given attributions' group speakers, in the order named. */
export function findSpeakerMembers(db: Kysely<DB>, attributionIds: number[]) {
  if (attributionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attribution_speaker_members')
    .selectAll()
    .where('attribution_id', 'in', attributionIds)
    .orderBy('attribution_id')
    .orderBy('position')
    .execute();
}

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

export type AttributionSort = 'id' | 'date' | 'relevance';

export interface AttributionFilter {
  /** Speakers already resolved from a name (see findEntityIdsByName). */
  speakerIds?: number[];
  /** Full text over the content, parsed in each attribution's own language. */
  q?: string;
  /** Trigram word similarity of this text to the content (misspelt quotes). */
  fuzzy?: string;
  /** Entities that must appear in the chain as an intermediary (not the publisher). */
  viaIds?: number[];
  /** Entities one of which must have published the article. */
  publisherIds?: number[];
  /** Words of the speaker's stated organisation (or the speaker itself, when it is one). */
  organization?: { words: string; ids: number[] };
  /** Words of the speaker's stated role or title. */
  role?: string;
  /** As the article describes the speaker. */
  standing?: 'public' | 'private';
  lang?: 'en' | 'id';
  kind?: 'direct' | 'mixed' | 'indirect';
  articleId?: number;
  /** The article date, inclusive from, exclusive to. */
  from?: Date;
  to?: Date;
  sort: AttributionSort;
  /** Keyset: the last row served (its id, and its date or score for those orders). */
  after?: { id: number; key?: string | number | null };
  /** Highlighted snippets (needs q). */
  snippets?: boolean;
  limit: number;
}

/** The text-search configuration of each language; 'simple' would serve any other. */
const CONFIG = sql`(CASE at.lang WHEN 'en' THEN 'english' WHEN 'id' THEN 'indonesian' ELSE 'simple' END)::regconfig`;

/** The dates of undated articles, under "newest first": last. */
const SORT_DATE = sql<string>`coalesce(at.published_at, '-infinity'::timestamptz)`;

/**
 * Keyset-paginated search; fetches one row more than `limit` so the caller knows whether a next
 * page exists. Orders: id (newest ingested first), date (article date, undated last) and
 * relevance (ts_rank_cd for q plus trigram word similarity for fuzzy), each broken by id.
 * The full-text condition is one branch per language, each comparing the stored vector with a
 * query parsed by the same configuration, so the GIN index on search_vector serves all of them
 * (a CASE over lang would hide it from the planner); ranking and headlines only run on rows
 * that matched. Entity filters arrive as ids, resolved beforehand through the alias indexes.
 */
export function searchAttributions(db: Kysely<DB>, f: AttributionFilter) {
  const q = f.q;
  const tsquery = sql`websearch_to_tsquery(${CONFIG}, ${q ?? ''})`;
  const score =
    f.sort === 'relevance'
      ? sql<number>`(${q !== undefined ? sql`ts_rank_cd(at.search_vector, ${tsquery})` : sql`0`} + ${
          f.fuzzy !== undefined ? sql`word_similarity(${f.fuzzy}, at.content_text)` : sql`0`
        })::float8`
      : sql<number>`NULL::float8`;
  const snippet =
    f.snippets && q !== undefined
      ? sql<string | null>`ts_headline(${CONFIG},
          replace(replace(replace(at.content_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
          ${tsquery}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`
      : sql<string | null>`NULL::text`;
  const words = (text: string) => sql`string_to_array(qt_fold(${text}), ' ')`;
  const statedWords = (a: string, b: string) => sql`string_to_array(qt_fold(coalesce(${sql.ref(a)}, '') || ' ' || coalesce(${sql.ref(b)}, '')), ' ')`;
  return db
    .selectFrom('attributions as at')
    .select(attributionColumns)
    .select([score.as('score'), snippet.as('snippet')])
    // The speaker, or a member of the group that spoke. A union of two index probes: an OR of the
    // two tests would leave the planner scanning attributions.
    .$if(f.speakerIds !== undefined, (qb) =>
      qb.where('at.id', 'in', (eb) =>
        eb
          .selectFrom('attributions as s')
          .select('s.id')
          .where('s.speaker_entity_id', 'in', nonEmpty(f.speakerIds!))
          .union(eb.selectFrom('attribution_speaker_members as m').select('m.attribution_id as id').where('m.entity_id', 'in', nonEmpty(f.speakerIds!))),
      ),
    )
    .$if(f.viaIds !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('attribution_hops as h')
            .select('h.position')
            .whereRef('h.attribution_id', '=', 'at.id')
            .where('h.is_publisher', '=', false)
            .where('h.entity_id', 'in', nonEmpty(f.viaIds!)),
        ),
      ),
    )
    .$if(f.publisherIds !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('articles as ar')
            .select('ar.id')
            .whereRef('ar.id', '=', 'at.article_id')
            .where('ar.publisher_id', 'in', nonEmpty(f.publisherIds!)),
        ),
      ),
    )
    .$if(f.organization !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          sql<boolean>`${statedWords('at.organization', 'at.role')} @> ${words(f.organization!.words)}`,
          eb('at.speaker_entity_id', 'in', nonEmpty(f.organization!.ids)),
          eb.exists(
            eb
              .selectFrom('entity_roles as r')
              .select('r.id')
              .whereRef('r.entity_id', '=', 'at.speaker_entity_id')
              .where(sql<boolean>`${statedWords('r.organization', 'r.role')} @> ${words(f.organization!.words)}`),
          ),
        ]),
      ),
    )
    .$if(f.role !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          sql<boolean>`${statedWords('at.role', 'at.title')} @> ${words(f.role!)}`,
          eb.exists(
            eb
              .selectFrom('entity_roles as r')
              .select('r.id')
              .whereRef('r.entity_id', '=', 'at.speaker_entity_id')
              .where(sql<boolean>`${statedWords('r.role', 'r.title')} @> ${words(f.role!)}`),
          ),
        ]),
      ),
    )
    .$if(q !== undefined, (qb) =>
      qb.where(
        sql<boolean>`((at.lang = 'en' AND at.search_vector @@ websearch_to_tsquery('english'::regconfig, ${q!}))
          OR (at.lang = 'id' AND at.search_vector @@ websearch_to_tsquery('indonesian'::regconfig, ${q!})))`,
      ),
    )
    .$if(f.fuzzy !== undefined, (qb) => qb.where(sql<boolean>`${f.fuzzy!} <% at.content_text`))
    .$if(f.lang !== undefined, (qb) => qb.where('at.lang', '=', f.lang!))
    .$if(f.kind !== undefined, (qb) => qb.where('at.kind', '=', f.kind!))
    .$if(f.standing !== undefined, (qb) => qb.where('at.speaker_standing', '=', f.standing!))
    .$if(f.articleId !== undefined, (qb) => qb.where('at.article_id', '=', f.articleId!))
    .$if(f.from !== undefined, (qb) => qb.where('at.published_at', '>=', f.from!))
    .$if(f.to !== undefined, (qb) => qb.where('at.published_at', '<', f.to!))
    .$if(f.after !== undefined && f.sort === 'id', (qb) => qb.where('at.id', '<', f.after!.id))
    .$if(f.after !== undefined && f.sort === 'date', (qb) =>
      qb.where(sql<boolean>`(${SORT_DATE}, at.id) < (${String(f.after!.key ?? '-infinity')}::timestamptz, ${f.after!.id})`),
    )
    .$if(f.after !== undefined && f.sort === 'relevance', (qb) =>
      qb.where(sql<boolean>`(${score}, at.id) < (${Number(f.after!.key ?? 0)}::float8, ${f.after!.id})`),
    )
    .$if(f.sort === 'id', (qb) => qb.orderBy('at.id', 'desc'))
    .$if(f.sort === 'date', (qb) => qb.orderBy(SORT_DATE, 'desc').orderBy('at.id', 'desc'))
    .$if(f.sort === 'relevance', (qb) => qb.orderBy(score, 'desc').orderBy('at.id', 'desc'))
    .limit(f.limit + 1)
    .execute();
}

/** `IN ()` is not SQL; an empty id list must match nothing. */
function nonEmpty(ids: number[]): number[] {
  return ids.length > 0 ? ids : [0];
}

/** Attributions by id, with the columns the API serves. */
export function findAttributionsByIds(db: Kysely<DB>, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([] as AttributionRecord[]);
  return db.selectFrom('attributions as at').select(attributionColumns).where('at.id', 'in', ids).orderBy('at.id').execute();
}

const RELAY_ROLE = {
  intermediary: sql<boolean>`NOT h.is_publisher`,
  publisher: sql<boolean>`h.is_publisher`,
  any: sql<boolean>`true`,
} as const;

/** Speakers go in groups; attributions without a speaker form the last group. */
const NO_SPEAKER = Number.MAX_SAFE_INTEGER;

/**
 * Attributions that passed through an entity (as intermediary, publisher or either), grouped
 * by their speaker: one page of groups in speaker id order, each with its full count.
 * attribution_hops_entity (entity_id, attribution_id) serves the lookup.
 */
export function relayedGroups(db: Kysely<DB>, entityId: number, as: keyof typeof RELAY_ROLE, opts: { afterSpeaker?: number; limit: number }) {
  return db
    .selectFrom('attribution_hops as h')
    .innerJoin('attributions as at', 'at.id', 'h.attribution_id')
    .select([sql<number>`coalesce(at.speaker_entity_id, ${NO_SPEAKER})`.as('speaker_key'), sql<number>`count(DISTINCT at.id)::int`.as('n')])
    .where('h.entity_id', '=', entityId)
    .where(RELAY_ROLE[as])
    .$if(opts.afterSpeaker !== undefined, (qb) => qb.where(sql<number>`coalesce(at.speaker_entity_id, ${NO_SPEAKER})`, '>', opts.afterSpeaker!))
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .limit(opts.limit + 1)
    .execute();
}

/** The newest `perSpeaker` relayed attribution ids of each listed speaker group. */
export async function relayedAttributionIds(db: Kysely<DB>, entityId: number, as: keyof typeof RELAY_ROLE, speakerKeys: number[], perSpeaker: number) {
  if (speakerKeys.length === 0) return [];
  const rows = await sql<{ id: number; speaker_key: number }>`
    SELECT id, speaker_key FROM (
      SELECT d.id, d.speaker_key, row_number() OVER (PARTITION BY d.speaker_key ORDER BY d.id DESC) AS n
      FROM (SELECT DISTINCT at.id, coalesce(at.speaker_entity_id, ${NO_SPEAKER}) AS speaker_key
            FROM attribution_hops h JOIN attributions at ON at.id = h.attribution_id
            WHERE h.entity_id = ${entityId} AND ${RELAY_ROLE[as]}
              AND coalesce(at.speaker_entity_id, ${NO_SPEAKER}) IN (${sql.join(speakerKeys)})) d
    ) ranked
    WHERE n <= ${perSpeaker}
    ORDER BY speaker_key, id DESC`.execute(db);
  return rows.rows;
}

export { NO_SPEAKER };
