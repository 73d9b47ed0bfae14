import { createHash } from 'node:crypto';
import { convert } from 'html-to-text';
import type { Kysely } from 'kysely';
import { detectLanguage } from '../extract/03-language.ts';
import { extract } from '../extract/pipeline.ts';
import type { Attribution, ExtractionInput, ExtractionResult, Lang, Span, Speaker, SpeakerMember } from '../extract/types.ts';
import { findArticleIdByHash, insertArticleIfNew } from '../db/repositories/articles.ts';
import { insertAttribution, insertHops, insertSpeakerMembers, updateAttribution } from '../db/repositories/attributions.ts';
import { addAliasRows, addRoles, refreshEntityStatistics, resolveEntity, sortEntityRefs, type AliasRow, type EntityRef, type Resolution } from '../db/repositories/entities.ts';
import { claimOwnStatements, insertBands } from '../db/repositories/variants.ts';
import { withRetry } from '../db/retry.ts';
import type { DB, NewEntityRole, NewHop, NewSpeakerMember } from '../db/schema.ts';
import { getArticleAttributions, type AttributionView } from './articles.ts';
import { EXTRACTOR_VERSION } from './extractor-version.ts';
import { bandKeysOf, claimOf } from './variants-index.ts';

export interface IngestInput {
  /** Plain text, or HTML (converted to text first); exactly one of them. */
  text?: string;
  html?: string;
  url?: string | null;
  publisher?: string | null;
  title?: string | null;
  /** ISO date or date-time. */
  publishedAt?: string | Date | null;
  /** Detected (English or Indonesian) when absent. */
  lang?: Lang;
}

export interface IngestOptions {
  /** The extraction pipeline; tests substitute hand-built attributions to check storage. */
  extract?: (input: ExtractionInput) => ExtractionResult;
  /** Recorded as the article's extractor version; the current extractor's when absent. */
  extractorVersion?: string;
}

export interface IngestResult {
  articleId: number;
  /** False when the same normalised text was already stored; nothing was written then. */
  created: boolean;
  lang: Lang;
  attributions: AttributionView[];
}

/** Text as stored and as given to the extractor: every offset refers to this string. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', options: { uppercaseHeaderCells: false } },
    ],
  });
}

export function contentHash(normalisedText: string): string {
  return createHash('sha256').update(normalisedText, 'utf8').digest('hex');
}

/**
 * Stores one article with everything the extractor found, in ONE transaction, or returns the
 * already stored copy of the same normalised text. The early lookup only saves work; the
 * unique content_hash is what makes two concurrent identical ingests store one row.
 */
export async function ingestArticle(db: Kysely<DB>, input: IngestInput, options: IngestOptions = {}): Promise<IngestResult> {
  const sourceFormat = input.html !== undefined ? 'html' : 'text';
  const raw = input.html !== undefined ? htmlToText(input.html) : (input.text ?? '');
  const text = normaliseText(raw);
  if (text === '') throw new EmptyTextError();
  const hash = contentHash(text);

  const existing = await findArticleIdByHash(db, hash);
  if (existing !== undefined) return stored(db, existing, false);

  const lang = input.lang ?? detectLanguage(text);
  const publisher = input.publisher?.trim() || null;
  const result = (options.extract ?? extract)({ text, lang, publisher });

  const articleId = await withRetry(() =>
    db.transaction().execute(async (trx) => {
      const publisherRes = publisher ? await resolveEntity(trx, { kind: 'outlet', name: publisher, lang }) : null;
      const publisherId = publisherRes?.id ?? null;
      const publishedAt = input.publishedAt ?? null;
      const id = await insertArticleIfNew(trx, {
        content_hash: hash,
        url: input.url ?? null,
        publisher_id: publisherId,
        lang,
        published_at: publishedAt,
        title: input.title ?? null,
        text,
        source_format: sourceFormat,
        extractor_version: options.extractorVersion ?? EXTRACTOR_VERSION,
      });
      if (id === undefined) return undefined; // a concurrent ingest stored it first

      await writeAttributions(trx, { id, lang, publisher, publisherRes, publishedAt }, result.attributions);
      return id;
    }),
  );
  if (articleId === undefined) {
    const winner = await findArticleIdByHash(db, hash);
    if (winner === undefined) throw new Error('article vanished after a conflicting insert');
    return stored(db, winner, false);
  }
  return stored(db, articleId, true);
}

/** The stored article that attributions are written for. */
export interface ArticleContext {
  id: number;
  lang: Lang;
  publisher: string | null;
  publisherRes: Resolution | null;
  publishedAt: string | Date | null;
}

/**
 * A stored attribution that a new extraction found again, at the same content spans: its row is
 * updated in place, so it keeps its id and its claim. While the speaker's name is unchanged it
 * keeps its entity too, with any manual merge or split made since.
 */
export interface KeptAttribution {
  id: number;
  speakerName: string | null;
  speaker: Resolution | null;
}

/**
 * Writes an article's attributions with their speakers, members, hops, aliases, roles and band
 * keys. `kept` maps an attribution's position to the stored row it updates; every other one is
 * inserted and joins a claim (see claimOf). The caller owns the transaction.
 */
export async function writeAttributions(
  trx: Kysely<DB>,
  article: ArticleContext,
  attributions: readonly Attribution[],
  kept: ReadonlyMap<number, KeptAttribution> = new Map(),
): Promise<void> {
  const { id, lang, publisher, publisherRes, publishedAt } = article;
  const publisherId = publisherRes?.id ?? null;
  const keptSpeaker = (ordinal: number, speaker: Speaker | null): Resolution | null => {
    const row = kept.get(ordinal);
    return row?.speaker && speaker && row.speakerName === speaker.name.trim() ? row.speaker : null;
  };
  // Every other name, resolved in a fixed order so that two ingests sharing names cannot
  // deadlock (see resolveEntity).
  const ids = new Map<string, Resolution>();
  const refs = entityRefsOf(attributions, lang, (a, ordinal) => keptSpeaker(ordinal, a.speaker) === null);
  for (const ref of sortEntityRefs(refs)) ids.set(refKey(ref), await resolveEntity(trx, ref));
  const idOf = (ref: { kind: EntityRef['kind']; name: string }) => ids.get(refKey(ref))!;
  // Aliases, roles and hops of the whole article go in a few statements after the attributions.
  const aliases: AliasRow[] = [];
  const roles: NewEntityRole[] = [];
  const allHops: NewHop[] = [];
  const members: NewSpeakerMember[] = [];
  const bands: { attributionId: number; keys: number[] }[] = [];

  for (const [ordinal, a] of attributions.entries()) {
    const speaker = a.speaker && a.speaker.name.trim() !== '' ? a.speaker : null;
    const speakerRes = speaker ? (keptSpeaker(ordinal, speaker) ?? idOf({ kind: speaker.type, name: speaker.name })) : null;
    const speakerId = speakerRes?.id ?? null;
    const contentText = a.content.map((s) => s.text).join(' ');
    const row = {
      article_id: id,
      ordinal,
      kind: a.kind,
      content_text: contentText,
      content_spans: JSON.stringify(a.content.map(({ start, end, text }) => ({ start, end, text }))),
      ...spanColumns('cue', a.cue),
      speaker_entity_id: speakerId,
      speaker_name: speaker?.name.trim() ?? null,
      speaker_type: speaker?.type ?? null,
      ...spanColumns('mention', speaker?.mention ?? null),
      ...spanColumns('antecedent', speaker?.antecedent ?? null),
      role: speaker?.role ?? null,
      title: speaker?.title ?? null,
      organization: speaker?.organization ?? null,
      speaker_standing: speaker?.standing ?? null,
      confidence: clamp01(a.confidence),
      rule: a.rule,
      lang,
      speaker_match_code: speakerRes?.code ?? null,
      speaker_match_reason: speakerRes?.reason ?? null,
      published_at: publishedAt,
    };
    const keep = kept.get(ordinal);
    let attributionId: number;
    let keys: number[];
    if (keep) {
      attributionId = keep.id;
      keys = bandKeysOf(contentText);
      await updateAttribution(trx, keep.id, row);
    } else {
      const joined = await claimOf(trx, { article_id: id, content_text: contentText });
      keys = joined.keys;
      attributionId = await insertAttribution(trx, { ...row, claim_id: joined.claim });
    }
    bands.push({ attributionId, keys });
    if (speaker && speakerRes) {
      for (const alias of nameForms(speaker.name, speaker.mention)) aliases.push({ entityId: speakerRes.id, alias, why: speakerRes });
      roles.push({
        entity_id: speakerRes.id,
        article_id: id,
        role: speaker.role,
        title: speaker.title,
        organization: speaker.organization,
        stated_at: publishedAt,
      });
    }
    for (const [position, m] of membersOf(speaker).entries()) {
      const member = idOf({ kind: m.type, name: m.name });
      aliases.push({ entityId: member.id, alias: m.name.trim(), why: member });
      members.push({
        attribution_id: attributionId,
        position,
        entity_id: member.id,
        name: m.name.trim(),
        entity_type: m.type,
        match_code: member.code,
        match_reason: member.reason,
      });
    }
    const hops: NewHop[] = [];
    for (const h of a.via.filter((h) => h.name.trim() !== '')) {
      const hop = idOf({ kind: hopKind(h.type), name: h.name });
      for (const alias of nameForms(h.name, h.mention)) aliases.push({ entityId: hop.id, alias, why: hop });
      hops.push({
        attribution_id: attributionId,
        position: hops.length,
        entity_id: hop.id,
        name: h.name.trim(),
        entity_type: hopKind(h.type),
        match_code: hop.code,
        match_reason: hop.reason,
        ...spanColumns('mention', h.mention),
        ...spanColumns('cue', h.cue),
        is_publisher: false,
      });
    }
    // The publisher closes every chain.
    if (publisher && publisherId !== null) {
      hops.push({
        attribution_id: attributionId,
        position: hops.length,
        entity_id: publisherId,
        name: publisher,
        entity_type: 'outlet',
        mention_text: null,
        mention_start: null,
        mention_end: null,
        cue_text: null,
        cue_start: null,
        cue_end: null,
        is_publisher: true,
        match_code: publisherRes?.code ?? null,
        match_reason: publisherRes?.reason ?? null,
      });
    }
    allHops.push(...hops);
  }
  await insertBands(trx, bands);
  await claimOwnStatements(trx, id);
  await addAliasRows(trx, aliases);
  await addRoles(trx, roles);
  await insertHops(trx, allHops);
  await insertSpeakerMembers(trx, members);
}

/** New articles between two refreshes of the entity tables' statistics in a bulk load. */
const REFRESH_EVERY = 200;

/**
 * For bulk loads (the `ingest` command, the bench): call the returned function after each article;
 * every REFRESH_EVERY new articles it refreshes the entity tables' statistics, without which entity
 * look-ups slow down as the load goes on. A single API request leaves this to autovacuum.
 */
export function bulkLoadUpkeep(db: Kysely<DB>): (created: boolean) => Promise<void> {
  let since = 0;
  return async (created) => {
    if (!created || ++since < REFRESH_EVERY) return;
    since = 0;
    await refreshEntityStatistics(db);
  };
}

export class EmptyTextError extends Error {
  constructor() {
    super('the article has no text');
  }
}

async function stored(db: Kysely<DB>, articleId: number, created: boolean): Promise<IngestResult> {
  const row = await db.selectFrom('articles').select('lang').where('id', '=', articleId).executeTakeFirstOrThrow();
  return { articleId, created, lang: row.lang, attributions: await getArticleAttributions(db, articleId) };
}

/** A group speaker's named members; none for one speaker. */
function membersOf(speaker: Speaker | null): SpeakerMember[] {
  return speaker?.members?.filter((m) => m.name.trim() !== '') ?? [];
}

/** Every name the attributions hold; a speaker only where `resolveSpeaker` asks for it. */
function entityRefsOf(attributions: readonly Attribution[], lang: Lang, resolveSpeaker: (a: Attribution, ordinal: number) => boolean): EntityRef[] {
  const refs: EntityRef[] = [];
  for (const [ordinal, a] of attributions.entries()) {
    const s = a.speaker;
    if (s && s.name.trim() !== '' && resolveSpeaker(a, ordinal)) refs.push({ kind: s.type, name: s.name, role: s.role, title: s.title, organization: s.organization, lang });
    for (const m of membersOf(s)) refs.push({ kind: m.type, name: m.name, lang });
    for (const h of a.via) if (h.name.trim() !== '') refs.push({ kind: hopKind(h.type), name: h.name, lang });
  }
  return refs;
}

/**
 * An intermediary the extractor calls an organisation is relaying a statement, which is what
 * outlets do ("as quoted by Sputnik"): it is resolved as an outlet, so Sputnik is one entity
 * whether it relays, publishes or speaks. People stay people.
 */
function hopKind(type: Attribution['via'][number]['type']): EntityRef['kind'] {
  return type === 'organization' ? 'outlet' : type;
}

function refKey(ref: { kind: EntityRef['kind']; name: string }): string {
  return `${ref.kind}\u0000${ref.name.trim()}`;
}

/**
 * The name forms worth remembering as aliases: the canonical name, and the mention when all of
 * its words belong to the name ("Konashenkov" for "Igor Konashenkov"). Pronouns and clitics
 * ("katanya", "he") and mentions carrying a role ("Juru Bicara … Igor Konashenkov") are not
 * names, and the roles are stored on their own.
 */
export function nameForms(name: string, mention: Span | null): string[] {
  const forms = [name.trim()];
  if (mention) {
    const words = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
    const nameWords = new Set(words(name));
    const mentionWords = words(mention.text);
    if (mentionWords.length > 0 && mentionWords.every((w) => nameWords.has(w))) forms.push(mention.text.trim());
  }
  return forms;
}

function spanColumns<P extends 'cue' | 'mention' | 'antecedent'>(prefix: P, span: Span | null) {
  return {
    [`${prefix}_text`]: span?.text ?? null,
    [`${prefix}_start`]: span?.start ?? null,
    [`${prefix}_end`]: span?.end ?? null,
  } as Record<`${P}_text`, string | null> & Record<`${P}_start` | `${P}_end`, number | null>;
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
