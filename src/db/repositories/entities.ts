import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import abbreviations from '../../entities/data/abbreviations.json' with { type: 'json' };
import { matchEntity, type Candidate, type Mention } from '../../entities/match.ts';
import { knownExpansion, nameTokens, normalizeName, stripTitles } from '../../entities/names.ts';
import type { Lang } from '../../extract/types.ts';
import type { DB, EntityKind, NewEntityRole } from '../schema.ts';
import { insertInChunks } from './chunks.ts';

export interface EntityRef {
  kind: EntityKind;
  name: string;
  /** What the article states about the speaker; lets the matcher tell namesakes apart. */
  role?: string | null;
  title?: string | null;
  organization?: string | null;
  lang?: Lang | null;
}

export interface Resolution {
  id: number;
  /** The matcher's code ('same-name', 'unique-partial-name', 'known-abbreviation', 'new-entity', …). */
  code: string;
  reason: string;
}

/** How many entities the indexed lookups may propose to the matcher. */
const CANDIDATE_LIMIT = 50;

/**
 * The single place where a name becomes an entity id. People, organisations and outlets go
 * through src/entities/match.ts against candidates found by indexed lookups (an alias with the
 * same normalised form, a shared word, an acronym's initials, trigram similarity); a mention
 * the matcher will not place confidently becomes a new entity, since a missed merge is one
 * POST /speakers/:id/merge away and a wrong one mixes two people's words. 'unknown' mentions
 * ("the minister") only join an identical name.
 *
 * Outlets: a publisher and an intermediary are both outlet mentions (the extractor reports
 * intermediaries as organisations); an organisation entity that turns out to publish or relay
 * becomes an outlet, so one outlet is one entity whatever role it plays.
 *
 * Races: a new entity is inserted with ON CONFLICT on entities_identity, so two transactions
 * creating the same name end with one row (the loser waits, then finds the winner's row).
 * Two *different* forms of one new name ("Igor Konashenkov" and "Konashenkov") ingested at
 * the same moment may still make two entities; that is the conservative failure, fixed by a
 * merge. Resolve several names in one transaction in a stable order (sortEntityRefs).
 */
export async function resolveEntity(db: Kysely<DB>, ref: EntityRef): Promise<Resolution> {
  const name = ref.name.trim();
  if (ref.kind === 'unknown') return resolveExact(db, ref.kind, name);
  const mention: Mention = {
    name,
    kind: ref.kind,
    title: ref.title ?? null,
    role: ref.role ?? null,
    organization: ref.organization ?? null,
    lang: ref.lang ?? null,
  };
  const candidates = await findCandidates(db, mention);
  const result = matchEntity(mention, candidates);
  if (result.match !== null) {
    const id = await liveEntity(db, Number(result.match));
    const candidate = candidates.find((c) => c.id === result.match)!;
    if (ref.kind === 'outlet' && candidate.kind === 'organization') await promoteToOutlet(db, id);
    if (ref.kind === 'person') await preferFullerName(db, id, candidate.name, name);
    await addAliases(db, id, [name], { code: result.code, reason: result.reason });
    return { id, code: result.code, reason: result.reason };
  }
  // Kept apart from every candidate. A namesake whose role conflicts gets an entity of its own
  // (with a disambiguator when the exact name is taken). An ambiguous mention ("Trump" with several
  // Trumps known) joins the one entity holding exactly that name: minting a new namesake for every
  // ambiguous mention would grow without bound and make the next mention more ambiguous still.
  const id = await insertEntity(db, ref.kind, name, result.code === 'role-conflict');
  const reason = `new entity: ${result.reason}`;
  await addAliases(db, id, [name], { code: 'new-entity', reason });
  return { id, code: 'new-entity', reason };
}

/**
 * The entity to link to, locked FOR SHARE until the ingest commits. A merge locks both of its
 * entities FOR UPDATE, so an ingest that picked the merge's source as a candidate waits here
 * for the merge to commit and then follows merged_into_id instead of linking to an entity that
 * was just emptied (READ COMMITTED re-reads the locked row's newest version).
 */
async function liveEntity(db: Kysely<DB>, id: number): Promise<number> {
  for (let current = id, hops = 0; hops < 100; hops++) {
    const row = await db.selectFrom('entities').select(['id', 'merged_into_id']).where('id', '=', current).forShare().executeTakeFirstOrThrow();
    if (row.merged_into_id === null) return row.id;
    current = row.merged_into_id;
  }
  throw new Error(`entity ${id}: merged_into_id chain too long`);
}

async function resolveExact(db: Kysely<DB>, kind: EntityKind, name: string): Promise<Resolution> {
  const existing = await findByName(db, kind, name);
  if (existing !== undefined) return { id: existing, code: 'same-name', reason: `same name as an existing ${kind} mention` };
  const id = await insertEntity(db, kind, name, false);
  const reason = `new entity: no ${kind} mention is called '${name}'`;
  await addAliases(db, id, [name], { code: 'new-entity', reason });
  return { id, code: 'new-entity', reason };
}

async function findByName(db: Kysely<DB>, kind: EntityKind, name: string): Promise<number | undefined> {
  const found = await db
    .selectFrom('entities')
    .select(['id', 'merged_into_id'])
    .where('kind', '=', kind)
    .where('name_key', '=', sql<string>`qt_fold(${name})`)
    .where('disambiguator', '=', '')
    .executeTakeFirst();
  return found ? liveEntity(db, found.id) : undefined;
}

/**
 * Inserts (kind, name); when that identity exists, either returns it (`distinct` false: a
 * concurrent ingest created the same name) or adds a numbered disambiguator (`distinct` true).
 */
export async function insertEntity(db: Kysely<DB>, kind: EntityKind, name: string, distinct: boolean): Promise<number> {
  for (let n = 0; n < 100; n++) {
    const disambiguator = n === 0 ? '' : `#${n + 1}`;
    const inserted = await db
      .insertInto('entities')
      .values({ kind, canonical_name: name, disambiguator })
      .onConflict((oc) => oc.columns(['kind', 'name_key', 'disambiguator']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return inserted.id;
    if (!distinct) {
      const existing = await findByName(db, kind, name);
      if (existing !== undefined) return existing;
    }
  }
  // Ingest never fails over naming: past the last disambiguator, share the plain-named entity.
  const plain = await findByName(db, kind, name);
  if (plain !== undefined) return plain;
  throw new Error(`too many entities called ${name}`);
}

/** An organisation seen publishing or relaying is an outlet (unless an outlet of that name exists). */
async function promoteToOutlet(db: Kysely<DB>, id: number): Promise<void> {
  await sql`UPDATE entities e SET kind = 'outlet'
    WHERE e.id = ${id} AND e.kind = 'organization'
      AND NOT EXISTS (SELECT 1 FROM entities o WHERE o.kind = 'outlet' AND o.name_key = e.name_key AND o.disambiguator = e.disambiguator)`.execute(db);
}

/** "Konashenkov" first, "Igor Konashenkov" later: the fuller form becomes the canonical name. */
async function preferFullerName(db: Kysely<DB>, id: number, current: string, mentioned: string): Promise<void> {
  const words = (s: string) => stripTitles(s).core;
  const now = words(current);
  const next = words(mentioned);
  if (next.length <= now.length || !now.every((w) => next.includes(w)) || stripTitles(mentioned).titles.length > 0) return;
  await sql`UPDATE entities e SET canonical_name = ${mentioned.trim()}
    WHERE e.id = ${id}
      AND NOT EXISTS (SELECT 1 FROM entities o WHERE o.kind = e.kind AND o.name_key = qt_fold(${mentioned.trim()}) AND o.disambiguator = e.disambiguator)`.execute(db);
}

/**
 * The entities the matcher should see for a mention: any alias equal to the name (or to a
 * known abbreviation of it), sharing a word with it (surnames, "Rusia"), matching its initials
 * as an acronym, or close by trigrams. Each lookup is an index probe on entity_aliases.
 */
async function findCandidates(db: Kysely<DB>, mention: Mention): Promise<Candidate[]> {
  const kinds: EntityKind[] = mention.kind === 'person' ? ['person'] : ['organization', 'outlet'];
  const tokens = mention.kind === 'person' ? stripTitles(mention.name, mention.lang).core : nameTokens(mention.name);
  const words = new Set(tokens.filter((w) => w.length >= 2 && !SKIPPABLE.has(w)));
  const exact = new Set<string>();
  if (mention.kind !== 'person') {
    for (const t of tokens) for (const w of knownExpansion(t) ?? []) if (!SKIPPABLE.has(w)) words.add(w);
    const joined = ` ${tokens.join(' ')} `;
    for (const [short, long] of Object.entries(abbreviations.known)) if (joined.includes(` ${long} `)) exact.add(short);
    const own = initialsOf(mention.name);
    if (own) exact.add(own);
  }
  const folded = normalizeName(mention.name);
  if (folded === '') return [];
  const acronym = tokens.length === 1 ? tokens[0]! : null;
  const rows = await db
    .selectFrom('entity_aliases as al')
    .innerJoin('entities as e', 'e.id', 'al.entity_id')
    .select(['e.id'])
    .where('e.merged_into_id', 'is', null)
    .where('e.kind', 'in', kinds)
    .where((eb) =>
      eb.or([
        eb('al.alias_key', '=', sql<string>`qt_fold(${mention.name})`),
        ...(exact.size > 0 ? [eb('al.alias_key', 'in', [...exact])] : []),
        ...(words.size > 0 ? [sql<boolean>`string_to_array(al.alias_key, ' ') && ${[...words]}::text[]`] : []),
        ...(acronym && /^\p{L}{2,12}$/u.test(acronym) ? [eb('al.initials', '=', acronym)] : []),
        sql<boolean>`al.alias_key % qt_fold(${mention.name})`,
      ]),
    )
    .groupBy('e.id')
    .orderBy(sql`max(similarity(al.alias_key, qt_fold(${mention.name})))`, 'desc')
    .orderBy('e.id')
    .limit(CANDIDATE_LIMIT)
    .execute();
  return candidateDetails(
    db,
    rows.map((r) => r.id),
  );
}

/**
 * Vacuums and analyses the entity tables, so that look-ups during a bulk load use their indexes
 * (see sql/0004_entity_lookup_planning.sql). Outside any transaction; a few hundred milliseconds.
 */
export async function refreshEntityStatistics(db: Kysely<DB>): Promise<void> {
  await sql`VACUUM ANALYZE entity_aliases, entities`.execute(db);
}

/** Names, aliases and stated roles of entities, in the matcher's Candidate shape: one statement, the lists aggregated in it. */
export async function candidateDetails(db: Kysely<DB>, ids: number[]): Promise<Candidate[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('entities as e')
    .select((eb) => [
      'e.id',
      'e.kind',
      'e.canonical_name',
      jsonArrayFrom(eb.selectFrom('entity_aliases as a').select('a.alias').whereRef('a.entity_id', '=', 'e.id').orderBy('a.id')).as('aliases'),
      jsonArrayFrom(eb.selectFrom('entity_roles as r').select(['r.role', 'r.organization']).distinct().whereRef('r.entity_id', '=', 'e.id')).as('roles'),
    ])
    .where('e.id', 'in', ids)
    .where('e.kind', '<>', 'unknown')
    .orderBy('e.id')
    .execute();
  return rows.map((e) => ({
    id: String(e.id),
    name: e.canonical_name,
    kind: e.kind as Candidate['kind'],
    aliases: e.aliases.map((a) => a.alias).filter((alias) => alias !== e.canonical_name),
    roles: [...new Set(e.roles.filter((r) => r.role).map((r) => r.role!))],
    organizations: [...new Set(e.roles.filter((r) => r.organization).map((r) => r.organization!))],
  }));
}

const SKIPPABLE = new Set(abbreviations.skippable.map(normalizeName));

/** "Kementerian Kelautan dan Perikanan" → "kkp"; null for one-word names. */
export function initialsOf(name: string): string | null {
  const words = nameTokens(name).filter((w) => !SKIPPABLE.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/**
 * Distinct refs in a deterministic order, for resolving several in one transaction: fuller
 * names first, so "Igor Konashenkov" founds the entity that "Konashenkov" then joins, and
 * the same order in every transaction, so two ingests cannot wait on each other's inserts.
 * Refs with the same kind and name are merged, keeping the first stated role.
 */
export function sortEntityRefs(refs: EntityRef[]): EntityRef[] {
  const unique = new Map<string, EntityRef>();
  for (const ref of refs) {
    const key = `${ref.kind}\u0000${ref.name.trim()}`;
    const seen = unique.get(key);
    const cleaned = { ...ref, name: ref.name.trim() };
    if (!seen) unique.set(key, cleaned);
    else if (!seen.role && !seen.title && !seen.organization && (ref.role || ref.title || ref.organization)) unique.set(key, { ...cleaned });
  }
  const order = (r: EntityRef) => `${r.kind}\u0000${String(99 - Math.min(99, nameTokens(r.name).length)).padStart(2, '0')}\u0000${foldForSort(r.name)}\u0000${r.name}`;
  return [...unique.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

function foldForSort(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface LinkReason {
  code: string;
  reason: string;
}

/** Records name forms of an entity with why they belong to it; forms it already has (after qt_fold) are ignored. */
export async function addAliases(db: Kysely<DB>, entityId: number, aliases: string[], why?: LinkReason): Promise<void> {
  await addAliasRows(db, aliases.map((alias) => ({ entityId, alias, why })));
}

export interface AliasRow {
  entityId: number;
  alias: string;
  why?: LinkReason | undefined;
}

/**
 * Every alias an article names, in one statement. The first reason given for a form
 * is kept. Rows go in (entity, alias) order, so two ingests sharing names lock them in the same order.
 */
export async function addAliasRows(db: Kysely<DB>, rows: readonly AliasRow[]): Promise<void> {
  const unique = new Map<string, AliasRow>();
  for (const row of rows) {
    const alias = row.alias.trim();
    const key = `${row.entityId}\u0000${alias}`;
    if (alias !== '' && !unique.has(key)) unique.set(key, { ...row, alias });
  }
  const values = [...unique.values()]
    .sort((a, b) => a.entityId - b.entityId || (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0))
    .map(({ entityId, alias, why }) => ({ entity_id: entityId, alias, initials: initialsOf(alias), match_code: why?.code ?? null, match_reason: why?.reason ?? null }));
  await insertInChunks(values, (chunk) =>
    db
      .insertInto('entity_aliases')
      .values(chunk)
      .onConflict((oc) => oc.columns(['entity_id', 'alias_key']).doNothing())
      .execute(),
  );
}

/** Records the roles an article states (once per article and wording), in one statement; empty roles are skipped. */
export async function addRoles(db: Kysely<DB>, roles: readonly NewEntityRole[]): Promise<void> {
  const stated = roles.filter((r) => r.role != null || r.title != null || r.organization != null);
  const unique = [...new Map(stated.map((r) => [JSON.stringify([r.entity_id, r.article_id, r.role, r.title, r.organization]), r])).values()];
  unique.sort((a, b) => Number(a.entity_id) - Number(b.entity_id));
  await insertInChunks(unique, (chunk) =>
    db
      .insertInto('entity_roles')
      .values(chunk)
      .onConflict((oc) => oc.columns(['entity_id', 'article_id', 'role', 'title', 'organization']).doNothing())
      .execute(),
  );
}

/** The roles an article stated; a re-extraction states them anew. */
export async function deleteArticleRoles(db: Kysely<DB>, articleId: number): Promise<void> {
  await db.deleteFrom('entity_roles').where('article_id', '=', articleId).execute();
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
  // Its own statements in one probe of the speaker index; the other uses each in their own table.
  const [spoken, row] = await Promise.all([
    db
      .selectFrom('attributions')
      .select([
        sql<number>`count(*)::int`.as('attributions'),
        sql<number>`count(DISTINCT article_id)::int`.as('articles'),
        sql<number>`(count(*) FILTER (WHERE speaker_standing = 'public'))::int`.as('described_public'),
        sql<number>`(count(*) FILTER (WHERE speaker_standing = 'private'))::int`.as('described_private'),
      ])
      .where('speaker_entity_id', '=', entityId)
      .executeTakeFirstOrThrow(),
    db
      .selectNoFrom((eb) => [
        eb
          .selectFrom('attribution_speaker_members')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('entity_id', '=', entityId)
          .as('in_groups'),
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
      .executeTakeFirstOrThrow(),
  ]);
  return {
    attributions: spoken.attributions,
    articles: spoken.articles,
    /** Of its statements, those whose article describes it as a public figure, and as a private person. */
    described_public: spoken.described_public,
    described_private: spoken.described_private,
    /** Statements made together with others ("Kerry dan John Baird"), counted apart from its own. */
    in_groups: row.in_groups ?? 0,
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

/**
 * Entities (not merged away) named by a query: every word of the query is a word of one of
 * their aliases (aliasMatches). When no entity matches that way and `fuzzy` is set, aliases
 * whose words are close by trigrams (strict word similarity ≥ 0.6: "Konashenkow",
 * "Kusumawardhana") answer instead — a misspelling fallback, so an exact hit never drags in
 * look-alikes. Both lookups use the trigram index on alias_key.
 */
export async function findEntityIdsByName(db: Kysely<DB>, query: string, opts: { fuzzy: boolean; kinds?: EntityKind[]; limit?: number }): Promise<number[]> {
  const base = () =>
    db
      .selectFrom('entity_aliases as al')
      .innerJoin('entities as e', 'e.id', 'al.entity_id')
      .select('e.id')
      .distinct()
      .where('e.merged_into_id', 'is', null)
      .$if(opts.kinds !== undefined, (qb) => qb.where('e.kind', 'in', opts.kinds!))
      .orderBy('e.id')
      .limit(opts.limit ?? 200);
  const exact = await base().where(aliasMatches(sql.ref('al.alias_key'), query)).execute();
  if (exact.length > 0 || !opts.fuzzy) return exact.map((r) => r.id);
  const fuzzy = await base()
    .where(sql<boolean>`qt_fold(${query}) <<% al.alias_key`)
    .where(sql<boolean>`strict_word_similarity(qt_fold(${query}), al.alias_key) >= 0.6`)
    .execute();
  return fuzzy.map((r) => r.id);
}

export function listAliasDetails(db: Kysely<DB>, entityId: number) {
  return db
    .selectFrom('entity_aliases')
    .select(['alias', 'match_code', 'match_reason', 'created_at'])
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
}

/**
 * The most frequent terms of an entity's statements, as the search index stores them (stems,
 * so each can be passed back as `q`): ts_stat over the stored vectors of its latest
 * `sample` attributions, minus stop words the configuration keeps (data/topic-stopwords.json).
 */
export async function topTerms(db: Kysely<DB>, entityId: number, stopwords: string[], limit = 10, sample = 1000) {
  const inner = `SELECT search_vector FROM attributions WHERE speaker_entity_id = ${Math.trunc(entityId)} ORDER BY id DESC LIMIT ${Math.trunc(sample)}`;
  const rows = await sql<{ term: string; documents: number; occurrences: number }>`
    SELECT word AS term, ndoc::int AS documents, nentry::int AS occurrences
    FROM ts_stat(${inner})
    WHERE length(word) >= 3 AND word !~ '^[0-9.,]+$' AND NOT (word = ANY(${stopwords}::text[]))
    ORDER BY ndoc DESC, nentry DESC, word
    LIMIT ${limit}`.execute(db);
  return rows.rows;
}

/** Who carried an entity's statements: every chain entity, with how often as relay and as publisher. */
export function relayersOf(db: Kysely<DB>, entityId: number, limit = 20) {
  return db
    .selectFrom('attributions as at')
    .innerJoin('attribution_hops as h', 'h.attribution_id', 'at.id')
    .innerJoin('entities as e', 'e.id', 'h.entity_id')
    .select([
      'e.id',
      'e.canonical_name',
      'e.kind',
      sql<number>`(count(*) FILTER (WHERE NOT h.is_publisher))::int`.as('relayed'),
      sql<number>`(count(*) FILTER (WHERE h.is_publisher))::int`.as('published'),
    ])
    .where('at.speaker_entity_id', '=', entityId)
    .groupBy(['e.id', 'e.canonical_name', 'e.kind'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('e.id')
    .limit(limit)
    .execute();
}
