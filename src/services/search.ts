import type { Kysely } from 'kysely';
import { findArticle } from '../db/repositories/articles.ts';
import { findAttribution, findHops, searchAttributions, type AttributionFilter } from '../db/repositories/attributions.ts';
import { countEntityUse, findEntity, listAliases, listRoles, listSpeakers } from '../db/repositories/entities.ts';
import type { DB } from '../db/schema.ts';
import { span, toAttributionViews, type AttributionView } from './articles.ts';

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/**
 * Opaque keyset cursors: base64url JSON naming the listing and the last id served. The
 * listing name stops a speakers cursor from being replayed against attributions.
 */
export function encodeCursor(listing: string, lastId: number): string {
  return Buffer.from(JSON.stringify({ l: listing, id: lastId })).toString('base64url');
}

/** The last id a cursor stands for, or undefined when it is not one of ours. */
export function decodeCursor(listing: string, cursor: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { l, id } = value as { l?: unknown; id?: unknown };
    return l === listing && Number.isSafeInteger(id) && (id as number) > 0 ? (id as number) : undefined;
  } catch {
    return undefined;
  }
}

function page<T extends { id: number }>(rows: T[], limit: number, listing: string): { rows: T[]; next_cursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { rows: kept, next_cursor: more ? encodeCursor(listing, kept[kept.length - 1]!.id) : null };
}

export type AttributionQuery = Omit<AttributionFilter, 'beforeId'> & { afterCursor?: number };

export async function findAttributions(db: Kysely<DB>, query: AttributionQuery): Promise<Page<AttributionView>> {
  const { afterCursor, ...filter } = query;
  const rows = await searchAttributions(db, { ...filter, ...(afterCursor === undefined ? {} : { beforeId: afterCursor }) });
  const p = page(rows, query.limit, 'attributions');
  return { items: await toAttributionViews(db, p.rows), next_cursor: p.next_cursor };
}

export interface ChainHopView {
  position: number;
  role: 'speaker' | 'intermediary' | 'publisher';
  entity_id: number | null;
  name: string | null;
  type: string;
  /** Evidence in the stored article: where it is named, and the cue that makes it a source or relay. */
  mention: ReturnType<typeof span>;
  cue: ReturnType<typeof span>;
}

/** The source chain of one attribution: speaker → intermediaries → publisher, with evidence. */
export async function getChain(db: Kysely<DB>, attributionId: number) {
  const a = await findAttribution(db, attributionId);
  if (!a) return undefined;
  const article = await findArticle(db, a.article_id);
  const hops = await findHops(db, [a.id]);
  const chain: ChainHopView[] = [
    {
      position: 0,
      role: 'speaker',
      entity_id: a.speaker_entity_id,
      name: a.speaker_name,
      type: a.speaker_type ?? 'unknown',
      mention: span(a.mention_text, a.mention_start, a.mention_end),
      cue: span(a.cue_text, a.cue_start, a.cue_end),
    },
    ...hops.map((h) => ({
      position: h.position + 1,
      role: h.is_publisher ? ('publisher' as const) : ('intermediary' as const),
      entity_id: h.entity_id,
      name: h.name,
      type: h.entity_type,
      mention: span(h.mention_text, h.mention_start, h.mention_end),
      cue: span(h.cue_text, h.cue_start, h.cue_end),
    })),
  ];
  return {
    attribution_id: a.id,
    article: article ? { id: article.id, url: article.url, published_at: article.published_at?.toISOString() ?? null } : null,
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
  const [aliases, roles, counts] = await Promise.all([listAliases(db, id), listRoles(db, id), countEntityUse(db, id)]);
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.canonical_name,
    merged_into_id: entity.merged_into_id,
    aliases: aliases.map((a) => a.alias),
    roles: roles.map((r) => ({
      role: r.role,
      title: r.title,
      organization: r.organization,
      stated_at: r.stated_at?.toISOString() ?? null,
      article_id: r.article_id,
    })),
    counts,
  };
}
