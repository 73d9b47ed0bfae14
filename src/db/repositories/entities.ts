import { sql, type Kysely } from 'kysely';
import type { DB, EntityKind, NewEntityRole } from '../schema.ts';

export interface EntityRef {
  kind: EntityKind;
  name: string;
}

/**
 * The single place where a name becomes an entity id, so smarter cross-article resolution
 * (issue 3) can replace it. Conservative: same kind and same normalised name (qt_fold) → same
 * entity; a merged entity answers with the entity it was merged into.
 *
 * Race-safe: the insert relies on the entities_identity unique index; when a concurrent
 * transaction inserts the same name first, ON CONFLICT waits for it and does nothing, and the
 * following SELECT (a fresh snapshot under READ COMMITTED) finds its row. Callers that
 * resolve several names in one transaction should do so in a stable order (sortEntityRefs)
 * so two transactions cannot wait on each other.
 */
export async function resolveEntity(db: Kysely<DB>, ref: EntityRef): Promise<number> {
  const name = ref.name.trim();
  const inserted = await db
    .insertInto('entities')
    .values({ kind: ref.kind, canonical_name: name })
    .onConflict((oc) => oc.columns(['kind', 'name_key', 'disambiguator']).doNothing())
    .returning('id')
    .executeTakeFirst();
  let id = inserted?.id;
  if (id === undefined) {
    const found = await db
      .selectFrom('entities')
      .select(['id', 'merged_into_id'])
      .where('kind', '=', ref.kind)
      .where('name_key', '=', sql<string>`qt_fold(${name})`)
      .where('disambiguator', '=', '')
      .executeTakeFirstOrThrow();
    id = found.merged_into_id ?? found.id;
  } else {
    await addAliases(db, id, [name]);
  }
  return id;
}

/** Distinct refs in a deterministic order, for resolving several in one transaction (see resolveEntity). */
export function sortEntityRefs(refs: EntityRef[]): EntityRef[] {
  const unique = new Map<string, EntityRef>();
  for (const ref of refs) unique.set(`${ref.kind}\u0000${ref.name.trim()}`, { kind: ref.kind, name: ref.name.trim() });
  const order = (r: EntityRef) => `${r.kind}\u0000${foldForSort(r.name)}\u0000${r.name}`;
  return [...unique.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

function foldForSort(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Records name forms of an entity; forms it already has (after qt_fold) are ignored. */
export async function addAliases(db: Kysely<DB>, entityId: number, aliases: string[]): Promise<void> {
  const values = [...new Set(aliases.map((a) => a.trim()).filter((a) => a !== ''))].map((alias) => ({ entity_id: entityId, alias }));
  if (values.length === 0) return;
  await db
    .insertInto('entity_aliases')
    .values(values)
    .onConflict((oc) => oc.columns(['entity_id', 'alias_key']).doNothing())
    .execute();
}

/** Records a role as stated in an article (once per article and wording). */
export async function addRole(db: Kysely<DB>, role: NewEntityRole): Promise<void> {
  if (role.role == null && role.title == null && role.organization == null) return;
  await db
    .insertInto('entity_roles')
    .values(role)
    .onConflict((oc) => oc.columns(['entity_id', 'article_id', 'role', 'title', 'organization']).doNothing())
    .execute();
}

export function findEntity(db: Kysely<DB>, id: number) {
  return db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listAliases(db: Kysely<DB>, entityId: number) {
  return db
    .selectFrom('entity_aliases')
    .select(['alias', 'alias_key'])
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
}

/** Roles over time: oldest statement first, undated ones last. */
export function listRoles(db: Kysely<DB>, entityId: number) {
  return db
    .selectFrom('entity_roles as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .select(['r.role', 'r.title', 'r.organization', 'r.stated_at', 'r.article_id', 'a.ingested_at'])
    .where('r.entity_id', '=', entityId)
    .orderBy(sql`r.stated_at ASC NULLS LAST`)
    .orderBy('r.id')
    .execute();
}

export async function countEntityUse(db: Kysely<DB>, entityId: number) {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('attributions')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('speaker_entity_id', '=', entityId)
        .as('attributions'),
      eb
        .selectFrom('attributions')
        .select(sql<number>`count(DISTINCT article_id)::int`.as('n'))
        .where('speaker_entity_id', '=', entityId)
        .as('articles'),
      eb
        .selectFrom('attribution_hops')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('entity_id', '=', entityId)
        .where('is_publisher', '=', false)
        .as('relayed'),
      eb
        .selectFrom('articles')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('publisher_id', '=', entityId)
        .as('published'),
    ])
    .executeTakeFirstOrThrow();
  return {
    attributions: row.attributions ?? 0,
    articles: row.articles ?? 0,
    relayed: row.relayed ?? 0,
    published: row.published ?? 0,
  };
}

/**
 * A name query matches an alias when every word of the query is a word of the alias, after
 * qt_fold, in any order (so "scrocca", "SCROCCA Joseph" and "Scrócca" all find "Joseph
 * Scrocca"). The LIKE on the query's longest word lets the trigram index narrow the
 * candidates; the array containment then keeps whole words only.
 */
export function aliasMatches(aliasKey: ReturnType<typeof sql.ref>, query: string) {
  const words = sql`string_to_array(qt_fold(${query}), ' ')`;
  const longest = sql`(SELECT w FROM unnest(${words}) AS w ORDER BY length(w) DESC LIMIT 1)`;
  return sql<boolean>`(${aliasKey} LIKE ('%' || replace(replace(replace(${longest}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
    AND string_to_array(${aliasKey}, ' ') @> ${words})`;
}

export interface SpeakerPage {
  afterId?: number;
  limit: number;
  q?: string;
}

/** Entities that spoke at least once, optionally matching a name query, by id. */
export function listSpeakers(db: Kysely<DB>, page: SpeakerPage) {
  return db
    .selectFrom('entities as e')
    .select((eb) => [
      'e.id',
      'e.kind',
      'e.canonical_name',
      eb
        .selectFrom('attributions')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('speaker_entity_id', '=', 'e.id')
        .as('attribution_count'),
    ])
    .where('e.merged_into_id', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('attributions as at').select('at.id').whereRef('at.speaker_entity_id', '=', 'e.id')))
    .$if(page.q !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('entity_aliases as al')
            .select('al.id')
            .whereRef('al.entity_id', '=', 'e.id')
            .where(aliasMatches(sql.ref('al.alias_key'), page.q!)),
        ),
      ),
    )
    .$if(page.afterId !== undefined, (qb) => qb.where('e.id', '>', page.afterId!))
    .orderBy('e.id')
    .limit(page.limit + 1)
    .execute();
}
