import type { Kysely } from 'kysely';
import { findArticle } from '../db/repositories/articles.ts';
import { findAttributionsOfArticle, findHops, findSpeakerMembers, type AttributionRecord } from '../db/repositories/attributions.ts';
import type { DB, SpanJson, SpeakerMemberRow } from '../db/schema.ts';

/** An attribution as the API serves it: the extractor's shape plus stored ids. */
export interface AttributionView {
  id: number;
  article_id: number;
  kind: 'direct' | 'mixed' | 'indirect';
  content: SpanJson[];
  content_text: string;
  cue: SpanJson | null;
  speaker: {
    entity_id: number;
    name: string;
    type: 'person' | 'organization' | 'unknown';
    mention: SpanJson | null;
    /** For a pronoun or clitic mention: the earlier mention naming the speaker that it was resolved to. */
    antecedent: SpanJson | null;
    title: string | null;
    role: string | null;
    organization: string | null;
    /** As the article describes the speaker: a public figure or a private person; null when it says neither. */
    standing: 'public' | 'private' | null;
    /** Why this mention was resolved to entity_id (matcher code and sentence, or a manual merge/split). */
    match: { code: string; reason: string | null } | null;
    /** For people speaking together: each of them, in the order named; else empty. */
    members: MemberView[];
  } | null;
  /** Intermediaries, innermost first; the publisher is not listed (see `publisher`). */
  via: HopView[];
  publisher: { entity_id: number; name: string } | null;
  confidence: number;
  rule: string;
  lang: 'en' | 'id';
  /** The article's date (ISO), or null when undated. */
  published_at: string | null;
  /** The claim this statement belongs to (see GET /claims/:id/timeline). */
  claim_id: number | null;
}

export interface MemberView {
  entity_id: number;
  name: string;
  type: 'person' | 'organization' | 'unknown';
}

export interface HopView {
  entity_id: number;
  name: string;
  type: string;
  mention: SpanJson | null;
  cue: SpanJson | null;
}

export function span(text: string | null, start: number | null, end: number | null): SpanJson | null {
  return text === null || start === null || end === null ? null : { start, end, text };
}

export async function toAttributionViews(db: Kysely<DB>, rows: AttributionRecord[]): Promise<AttributionView[]> {
  const ids = rows.map((r) => r.id);
  const [hops, members] = await Promise.all([findHops(db, ids), findSpeakerMembers(db, ids)]);
  const chains = groupBy(hops, (h) => h.attribution_id);
  const groups = groupBy(members, (m) => m.attribution_id);
  return rows.map((r) => {
    const chain = chains.get(r.id) ?? [];
    const publisher = chain.find((h) => h.is_publisher);
    return {
      id: r.id,
      article_id: r.article_id,
      kind: r.kind,
      content: r.content_spans,
      content_text: r.content_text,
      cue: span(r.cue_text, r.cue_start, r.cue_end),
      speaker:
        r.speaker_entity_id === null || r.speaker_name === null
          ? null
          : {
              entity_id: r.speaker_entity_id,
              name: r.speaker_name,
              type: r.speaker_type ?? 'unknown',
              mention: span(r.mention_text, r.mention_start, r.mention_end),
              antecedent: span(r.antecedent_text, r.antecedent_start, r.antecedent_end),
              title: r.title,
              role: r.role,
              organization: r.organization,
              standing: r.speaker_standing,
              match: r.speaker_match_code === null ? null : { code: r.speaker_match_code, reason: r.speaker_match_reason },
              members: (groups.get(r.id) ?? []).map(memberView),
            },
      via: chain
        .filter((h) => !h.is_publisher)
        .map((h) => ({
          entity_id: h.entity_id,
          name: h.name,
          type: h.entity_type,
          mention: span(h.mention_text, h.mention_start, h.mention_end),
          cue: span(h.cue_text, h.cue_start, h.cue_end),
        })),
      publisher: publisher ? { entity_id: publisher.entity_id, name: publisher.name } : null,
      confidence: r.confidence,
      rule: r.rule,
      lang: r.lang,
      published_at: r.published_at?.toISOString() ?? null,
      claim_id: r.claim_id,
    };
  });
}

/** A group speaker's member as the API serves it. */
export function memberView(m: SpeakerMemberRow): MemberView {
  return { entity_id: m.entity_id, name: m.name, type: m.entity_type };
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export async function getArticleAttributions(db: Kysely<DB>, articleId: number): Promise<AttributionView[]> {
  return toAttributionViews(db, await findAttributionsOfArticle(db, articleId));
}

export async function getArticle(db: Kysely<DB>, id: number) {
  const article = await findArticle(db, id);
  if (!article) return undefined;
  return {
    id: article.id,
    url: article.url,
    publisher: article.publisher_id === null ? null : { entity_id: article.publisher_id, name: article.publisher_name },
    lang: article.lang,
    published_at: article.published_at?.toISOString() ?? null,
    title: article.title,
    source_format: article.source_format,
    content_hash: article.content_hash,
    ingested_at: article.ingested_at.toISOString(),
    // Which extractor produced the attributions (null before it was recorded); see `npm run reextract`.
    extractor_version: article.extractor_version,
    text: article.text,
    attributions: await getArticleAttributions(db, id),
  };
}
