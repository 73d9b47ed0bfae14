import type { Kysely } from 'kysely';
import { findArticle } from '../db/repositories/articles.ts';
import { findAttribution, findHops, findSpeakerMembers, searchAttributions, type AttributionSort } from '../db/repositories/attributions.ts';
import { countEntityUse, findEntity, findEntityIdsByName, listAliasDetails, listRoles, listSpeakers, relayersOf, topTerms } from '../db/repositories/entities.ts';
import { listMerges } from '../db/repositories/merges.ts';
import topicStopwords from './data/topic-stopwords.json' with { type: 'json' };
import type { DB, EntityKind } from '../db/schema.ts';
import { memberView, span, toAttributionViews, type AttributionView, type MemberView } from './articles.ts';

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/**
 * Opaque keyset cursors: base64url JSON naming the listing and the last id served. The
 * listing name stops a speakers cursor from being replayed against attributions.
 */
export function encodeCursor(listing: string, lastId: number, key?: string | number | null): string {
  return Buffer.from(JSON.stringify(key === undefined ? { l: listing, id: lastId } : { l: listing, id: lastId, k: key })).toString('base64url');
}

/** The position a cursor stands for, or undefined when it is not one of this listing's. */
export function decodeCursorKey(listing: string, cursor: string): { id: number; key?: string | number | null } | undefined {
  if (!/^[A-Za-z0-9_-]{1,300}$/.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { l, id, k } = value as { l?: unknown; id?: unknown; k?: unknown };
    if (l !== listing || !Number.isSafeInteger(id) || (id as number) <= 0) return undefined;
    if (k === undefined) return { id: id as number };
    const okKey = k === null || (typeof k === 'number' && Number.isFinite(k)) || (typeof k === 'string' && !Number.isNaN(Date.parse(k)));
    return okKey ? { id: id as number, key: k as string | number | null } : undefined;
  } catch {
    return undefined;
  }
}

/** The last id a cursor stands for, or undefined when it is not one of ours. */
export function decodeCursor(listing: string, cursor: string): number | undefined {
  return decodeCursorKey(listing, cursor)?.id;
}

function page<T extends { id: number }>(rows: T[], limit: number, listing: string, keyOf?: (row: T) => string | number | null): { rows: T[]; next_cursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return { rows: kept, next_cursor: more && last ? encodeCursor(listing, last.id, keyOf?.(last)) : null };
}

/** Each order has its own cursors, so one cannot be replayed against another. */
export const attributionListing = (sort: AttributionSort) => (sort === 'id' ? 'attributions' : `attributions:${sort}`);

export interface AttributionQuery {
  speaker?: string;
  q?: string;
  fuzzy?: string;
  via?: string;
  publisher?: string;
  organization?: string;
  role?: string;
  standing?: 'public' | 'private';
  lang?: 'en' | 'id';
  kind?: 'direct' | 'mixed' | 'indirect';
  from?: Date;
  to?: Date;
  /** Default: relevance when q or fuzzy is given, else id (newest ingested first). */
  sort?: AttributionSort;
  limit: number;
  /** Keyset position for sort=id (the last id served). */
  afterCursor?: number;
  /** Keyset position for any order, from decodeCursorKey. */
  after?: { id: number; key?: string | number | null };
}

export interface AttributionHit extends AttributionView {
  /** Relevance (sort=relevance only). */
  score: number | null;
  /** The content with the q terms in <mark>…</mark>, HTML-escaped; null without q. */
  snippet: string | null;
}

export async function findAttributions(db: Kysely<DB>, query: AttributionQuery): Promise<Page<AttributionHit>> {
  const sort = query.sort ?? (query.q !== undefined || query.fuzzy !== undefined ? 'relevance' : 'id');
  const names = async (text: string | undefined, kinds?: EntityKind[]) =>
    text === undefined ? undefined : findEntityIdsByName(db, text, { fuzzy: true, ...(kinds ? { kinds } : {}) });
  const [speakerIds, viaIds, publisherIds, orgIds] = await Promise.all([
    names(query.speaker),
    names(query.via),
    names(query.publisher, ['outlet', 'organization']),
    query.organization === undefined ? undefined : findEntityIdsByName(db, query.organization, { fuzzy: false, kinds: ['organization', 'outlet'] }),
  ]);
  const after = query.after ?? (query.afterCursor === undefined ? undefined : { id: query.afterCursor });
  const rows = await searchAttributions(db, {
    sort,
    limit: query.limit,
    snippets: true,
    ...(speakerIds ? { speakerIds } : {}),
    ...(viaIds ? { viaIds } : {}),
    ...(publisherIds ? { publisherIds } : {}),
    ...(query.organization !== undefined ? { organization: { words: query.organization, ids: orgIds ?? [] } } : {}),
    ...pick(query, ['q', 'fuzzy', 'role', 'standing', 'lang', 'kind', 'from', 'to']),
    ...(after ? { after } : {}),
  });
  const p = page(rows, query.limit, attributionListing(sort), (r) =>
    sort === 'date' ? (r.published_at?.toISOString() ?? null) : sort === 'relevance' ? r.score : null,
  );
  const views = await toAttributionViews(db, p.rows);
  return { items: views.map((v, i) => ({ ...v, score: p.rows[i]!.score, snippet: p.rows[i]!.snippet })), next_cursor: p.next_cursor };
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): { [P in K]?: Exclude<T[P], undefined> } {
  const out: { [P in K]?: Exclude<T[P], undefined> } = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k] as Exclude<T[K], undefined>;
  return out;
}

export interface ChainHopView {
  position: number;
  role: 'speaker' | 'intermediary' | 'publisher';
  entity_id: number | null;
  name: string | null;
  type: string;
  /** Evidence in the stored article: where it is named, and the cue that makes it a source or relay. */
  mention: ReturnType<typeof span>;
  /** The speaker's hop only, when the mention is a pronoun or clitic: the earlier mention naming them. */
  antecedent?: ReturnType<typeof span>;
  /** The speaker's hop only: for people speaking together, each of them in the order named; else empty. */
  members?: MemberView[];
  cue: ReturnType<typeof span>;
  /**
   * What the hop rests on: 'text' (mention or cue in the article), 'article' (the publisher,
   * from the article's own metadata), or 'none' (the extractor gave no evidence — worth a look).
   */
  evidence: 'text' | 'article' | 'none';
  /** Why the named entity is this entity (matcher code and sentence, or manual merge/split). */
  match: { code: string; reason: string | null } | null;
}

/** The source chain of one attribution: speaker → intermediaries → publisher, with evidence. */
export async function getChain(db: Kysely<DB>, attributionId: number) {
  const a = await findAttribution(db, attributionId);
  if (!a) return undefined;
  const article = await findArticle(db, a.article_id);
  const [hops, members] = await Promise.all([findHops(db, [a.id]), findSpeakerMembers(db, [a.id])]);
  const chain: ChainHopView[] = [
    {
      position: 0,
      role: 'speaker',
      entity_id: a.speaker_entity_id,
      name: a.speaker_name,
      type: a.speaker_type ?? 'unknown',
      mention: span(a.mention_text, a.mention_start, a.mention_end),
      antecedent: span(a.antecedent_text, a.antecedent_start, a.antecedent_end),
      members: members.map(memberView),
      cue: span(a.cue_text, a.cue_start, a.cue_end),
      evidence: a.mention_start !== null || a.cue_start !== null ? 'text' : 'none',
      match: a.speaker_match_code === null ? null : { code: a.speaker_match_code, reason: a.speaker_match_reason },
    },
    ...hops.map((h): ChainHopView => ({
      position: h.position + 1,
      role: h.is_publisher ? ('publisher' as const) : ('intermediary' as const),
      entity_id: h.entity_id,
      name: h.name,
      type: h.entity_type,
      mention: span(h.mention_text, h.mention_start, h.mention_end),
      cue: span(h.cue_text, h.cue_start, h.cue_end),
      evidence: h.mention_start !== null || h.cue_start !== null ? 'text' : h.is_publisher ? 'article' : 'none',
      match: h.match_code === null ? null : { code: h.match_code, reason: h.match_reason },
    })),
  ];
  return {
    attribution_id: a.id,
    article: article
      ? { id: article.id, url: article.url, published_at: article.published_at?.toISOString() ?? null, publisher: article.publisher_name ?? null }
      : null,
    claim_id: a.claim_id,
    kind: a.kind,
    content: a.content_spans,
    chain,
  };
}

export async function findSpeakers(db: Kysely<DB>, query: { q?: string; limit: number; afterCursor?: number }) {
  const rows = await listSpeakers(db, {
    limit: query.limit,
    ...(query.q === undefined ? {} : { q: query.q }),
    ...(query.afterCursor === undefined ? {} : { afterId: query.afterCursor }),
  });
  const p = page(rows, query.limit, 'speakers');
  return {
    items: p.rows.map((r) => ({ id: r.id, kind: r.kind, name: r.canonical_name, attribution_count: r.attribution_count ?? 0 })),
    next_cursor: p.next_cursor,
  };
}

export async function getSpeaker(db: Kysely<DB>, id: number) {
  const entity = await findEntity(db, id);
  if (!entity) return undefined;
  const [aliases, roles, counts, topics, relayers, merges] = await Promise.all([
    listAliasDetails(db, id),
    listRoles(db, id),
    countEntityUse(db, id),
    topTerms(db, id, topicStopwords.words),
    relayersOf(db, id),
    listMerges(db, id),
  ]);
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.canonical_name,
    merged_into_id: entity.merged_into_id,
    aliases: aliases.map((a) => a.alias),
    /** Each alias with why it belongs to this entity. */
    alias_details: aliases.map((a) => ({ alias: a.alias, match_code: a.match_code, match_reason: a.match_reason })),
    roles: roles.map((r) => ({
      role: r.role,
      title: r.title,
      organization: r.organization,
      stated_at: r.stated_at?.toISOString() ?? null,
      article_id: r.article_id,
    })),
    counts,
    /** Most frequent terms (search-index stems, usable as q) in what the entity said. */
    top_topics: topics,
    /** Outlets (and people) that carried its statements: as relay, and as publisher. */
    relayed_by: relayers.map((r) => ({ entity_id: r.id, name: r.canonical_name, kind: r.kind, relayed: r.relayed, published: r.published })),
    /** Merges and splits this entity took part in. */
    merges: merges.map((m) => ({ ...m, created_at: m.created_at.toISOString() })),
  };
}
