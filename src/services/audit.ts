// Source-chain audits across articles: where did a statement come from, how did it change,
// and who relayed what. Rows come from the repositories; the comparisons (shingle Jaccard,
// word diff, chain agreement) are pure and run on the handful of rows the indexes return.
import type { Kysely } from 'kysely';
import { diffWords, type DiffOp } from '../audit/diff.ts';
import { findAttribution, findAttributionsByIds, findHops, NO_SPEAKER, relayedAttributionIds, relayedGroups, type AttributionRecord } from '../db/repositories/attributions.ts';
import { findEntity } from '../db/repositories/entities.ts';
import { findBandCandidates, findClaimMembers, trigramSimilarities } from '../db/repositories/variants.ts';
import type { DB, HopRow } from '../db/schema.ts';
import { toAttributionViews, type AttributionView } from './articles.ts';
import { encodeCursor } from './search.ts';
import { bandKeysOf, closeness, sameStatement } from './variants-index.ts';

/** Band-sharing candidates ranked exactly per variants request; the cap bounds the work for very common statements. */
const VARIANT_CANDIDATES = 200;
/** A claim larger than this is served in part (the earliest reports first). */
const CLAIM_MEMBERS = 1000;

interface Report {
  id: number;
  article_id: number;
  published_at: string | null;
  lang: 'en' | 'id';
  kind: 'direct' | 'mixed' | 'indirect';
  content_text: string;
  speaker: { entity_id: number; name: string } | null;
  /** Intermediaries, innermost first, then the publisher. */
  chain: Array<{ entity_id: number; name: string; role: 'intermediary' | 'publisher' }>;
  publisher: { entity_id: number; name: string } | null;
}

function toReport(r: AttributionRecord, hops: HopRow[]): Report {
  const mine = hops.filter((h) => h.attribution_id === r.id);
  const publisher = mine.find((h) => h.is_publisher);
  return {
    id: r.id,
    article_id: r.article_id,
    published_at: r.published_at?.toISOString() ?? null,
    lang: r.lang,
    kind: r.kind,
    content_text: r.content_text,
    speaker: r.speaker_entity_id === null || r.speaker_name === null ? null : { entity_id: r.speaker_entity_id, name: r.speaker_name },
    chain: mine.map((h) => ({ entity_id: h.entity_id, name: h.name, role: h.is_publisher ? ('publisher' as const) : ('intermediary' as const) })),
    publisher: publisher ? { entity_id: publisher.entity_id, name: publisher.name } : null,
  };
}

async function reports(db: Kysely<DB>, ids: number[]): Promise<Report[]> {
  const rows = await findAttributionsByIds(db, ids);
  const hops = await findHops(db, ids);
  return rows.map((r) => toReport(r, hops));
}

/** Earliest article date first, undated last, then ingest order. */
function byDate(a: Report, b: Report): number {
  const ta = a.published_at === null ? Infinity : Date.parse(a.published_at);
  const tb = b.published_at === null ? Infinity : Date.parse(b.published_at);
  return ta !== tb ? ta - tb : a.id - b.id;
}

export interface Disagreement {
  field: 'speaker' | 'chain' | 'kind';
  earliest: unknown;
  this: unknown;
  detail: string;
}

/**
 * Where a report disagrees with the earliest one. A faithful re-report names the same speaker
 * and extends the earliest chain: the earliest report's intermediaries and publisher, in order,
 * then the outlets it passed through afterwards. Anything else is listed.
 */
export function disagreements(earliest: Report, report: Report): Disagreement[] {
  const out: Disagreement[] = [];
  if (earliest.speaker?.entity_id !== report.speaker?.entity_id) {
    out.push({
      field: 'speaker',
      earliest: earliest.speaker,
      this: report.speaker,
      detail: `credits ${report.speaker ? `'${report.speaker.name}'` : 'nobody'} where the earliest report credits ${earliest.speaker ? `'${earliest.speaker.name}'` : 'nobody'}`,
    });
  }
  const want = earliest.chain.map((h) => h.entity_id);
  const got = report.chain.map((h) => h.entity_id);
  if (report.id !== earliest.id && !want.every((id, i) => got[i] === id)) {
    const missing = earliest.chain.filter((h) => !got.includes(h.entity_id)).map((h) => `'${h.name}'`);
    out.push({
      field: 'chain',
      earliest: earliest.chain.map((h) => h.name),
      this: report.chain.map((h) => h.name),
      detail: missing.length > 0 ? `does not credit ${missing.join(', ')} of the earliest report's chain` : "credits the earliest report's chain in another order",
    });
  }
  if (earliest.kind !== report.kind) {
    out.push({ field: 'kind', earliest: earliest.kind, this: report.kind, detail: `${report.kind} where the earliest report is ${earliest.kind}` });
  }
  return out;
}

export interface VariantItem extends Report {
  /** Exact Jaccard of the 3-word shingles with the requested attribution's content. */
  jaccard: number;
  /** pg_trgm similarity with the requested attribution's content. */
  similarity: number;
  same_claim: boolean;
  /** Word diff from the earliest report's wording to this one. */
  diff: { ops: DiffOp[]; similarity: number };
  disagreements: Disagreement[];
}

/**
 * The same statement in other articles: candidates share an LSH band key with the content
 * (index probes on attribution_bands) or belong to the same claim; they are kept when close
 * enough (sameStatement) and ranked by exact shingle Jaccard, then trigram similarity. Every
 * report, the requested one included, is compared with the earliest one.
 */
export async function getVariants(db: Kysely<DB>, id: number, limit: number) {
  const self = await findAttribution(db, id);
  if (!self) return undefined;
  const [candidates, members] = await Promise.all([
    findBandCandidates(db, bandKeysOf(self.content_text), { excludeId: id, limit: VARIANT_CANDIDATES }),
    self.claim_id === null ? Promise.resolve([]) : findClaimMembers(db, self.claim_id, VARIANT_CANDIDATES),
  ]);
  const claimIds = new Set(members.map((m) => m.id));
  const ids = [...new Set([...candidates.map((c) => c.id), ...claimIds])].filter((x) => x !== id);
  const all = await reports(db, [id, ...ids]);
  const me = all.find((r) => r.id === id)!;
  const trigram = await trigramSimilarities(db, ids, self.content_text);
  const scored = all
    .filter((r) => r.id !== id && r.article_id !== self.article_id)
    .map((r) => ({ r, close: closeness(self.content_text, r.content_text), sameClaim: claimIds.has(r.id) }))
    .filter((x) => x.sameClaim || sameStatement(x.close));
  const earliest = [me, ...scored.map((x) => x.r)].sort(byDate)[0]!;
  const describe = (r: Report) => {
    const d = diffWords(earliest.content_text, r.content_text);
    return { diff: { ops: d.ops, similarity: round(d.similarity) }, disagreements: disagreements(earliest, r) };
  };
  const items: VariantItem[] = scored
    .map((x) => ({
      ...x.r,
      jaccard: round(x.close.jaccard),
      similarity: round(trigram.get(x.r.id) ?? 0),
      same_claim: x.sameClaim,
      ...describe(x.r),
    }))
    .sort((a, b) => b.jaccard - a.jaccard || b.similarity - a.similarity || a.id - b.id)
    .slice(0, limit);
  return { attribution_id: id, claim_id: self.claim_id, earliest, attribution: { ...me, ...describe(me) }, items };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * A claim is the cluster of reports of one statement that ingest builds (sql/0002): its id is
 * the id of the first *ingested* attribution of the cluster, which never changes. Any member's
 * id is accepted and answered with its claim. The timeline orders the reports by article date
 * (so a backfilled older article still comes first), each with its outlet and chain.
 */
export async function getClaimTimeline(db: Kysely<DB>, id: number) {
  const a = await findAttribution(db, id);
  if (!a) return undefined;
  const claimId = a.claim_id ?? a.id;
  const members = await findClaimMembers(db, claimId, CLAIM_MEMBERS);
  const list = (await reports(db, members.length > 0 ? members.map((m) => m.id) : [a.id])).sort(byDate);
  const first = list[0]!;
  return {
    claim_id: claimId,
    requested_id: id,
    first_appearance: { attribution_id: first.id, published_at: first.published_at, publisher: first.publisher },
    outlets: [...new Map(list.flatMap((r) => (r.publisher ? [[r.publisher.entity_id, r.publisher] as const] : []))).values()],
    items: list.map((r, i) => ({ ...r, position: i, first: i === 0, disagreements: i === 0 ? [] : disagreements(first, r) })),
    truncated: members.length >= CLAIM_MEMBERS,
  };
}

export interface RelayedGroup {
  speaker: { entity_id: number; name: string | null } | null;
  attribution_count: number;
  attributions: AttributionView[];
}

/** Every attribution that passed through an entity, grouped by original speaker, a page of speakers at a time. */
export async function getRelayed(
  db: Kysely<DB>,
  entityId: number,
  query: { as: 'intermediary' | 'publisher' | 'any'; perSpeaker: number; limit: number; afterSpeaker?: number },
) {
  const entity = await findEntity(db, entityId);
  if (!entity) return undefined;
  const groups = await relayedGroups(db, entityId, query.as, { limit: query.limit, ...(query.afterSpeaker === undefined ? {} : { afterSpeaker: query.afterSpeaker }) });
  const more = groups.length > query.limit;
  const kept = more ? groups.slice(0, query.limit) : groups;
  const idRows = await relayedAttributionIds(
    db,
    entityId,
    query.as,
    kept.map((g) => g.speaker_key),
    query.perSpeaker,
  );
  const rows = await findAttributionsByIds(
    db,
    idRows.map((r) => r.id),
  );
  const views = new Map((await toAttributionViews(db, rows)).map((v) => [v.id, v]));
  const names = new Map(rows.filter((r) => r.speaker_entity_id !== null).map((r) => [r.speaker_entity_id!, r.speaker_name]));
  const speakerNames = await Promise.all(kept.map((g) => (g.speaker_key === NO_SPEAKER ? undefined : findEntity(db, g.speaker_key))));
  const items: RelayedGroup[] = kept.map((g, i) => ({
    speaker: g.speaker_key === NO_SPEAKER ? null : { entity_id: g.speaker_key, name: speakerNames[i]?.canonical_name ?? names.get(g.speaker_key) ?? null },
    attribution_count: g.n,
    attributions: idRows.filter((r) => r.speaker_key === g.speaker_key).map((r) => views.get(r.id)!),
  }));
  const last = kept[kept.length - 1];
  return {
    outlet: { id: entity.id, name: entity.canonical_name, kind: entity.kind, merged_into_id: entity.merged_into_id },
    as: query.as,
    items,
    next_cursor: more && last ? encodeCursor(`relayed:${entityId}:${query.as}`, last.speaker_key) : null,
  };
}
