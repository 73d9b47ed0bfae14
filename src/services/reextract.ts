// Re-extraction: running the current extractor over an article already stored, so what an
// improved extractor finds reaches the articles ingested before it. Each article is one
// transaction; attributions found again at the same content spans keep their ids (and so their
// links, claims and any curation of their speaker), the others are added or removed.
import type { Kysely } from 'kysely';
import { articleExists, lockArticle, setExtractorVersion, staleArticleIds } from '../db/repositories/articles.ts';
import { deleteAttributionDetails, deleteAttributions, storedAttributionsOf, vacateOrdinals } from '../db/repositories/attributions.ts';
import { deleteArticleRoles, findEntity } from '../db/repositories/entities.ts';
import { withRetry } from '../db/retry.ts';
import type { DB } from '../db/schema.ts';
import { extract } from '../extract/pipeline.ts';
import type { Attribution, ExtractionInput, ExtractionResult } from '../extract/types.ts';
import { EXTRACTOR_VERSION } from './extractor-version.ts';
import { writeAttributions, type KeptAttribution } from './ingest.ts';

export interface ReextractOptions {
  /** The extraction pipeline; tests substitute hand-built attributions. */
  extract?: (input: ExtractionInput) => ExtractionResult;
  /** The version recorded, and compared with; the current extractor's when absent. */
  version?: string;
  /** Re-extract even when the article already records this version. */
  force?: boolean;
  /** Pass over an article another worker is re-extracting instead of waiting for it. */
  skipLocked?: boolean;
}

export type ReextractOutcome =
  | { articleId: number; status: 'missing' | 'busy' | 'current' }
  | { articleId: number; status: 'reextracted'; version: string; kept: number; added: number; removed: number };

/** Re-extracts one stored article in one transaction. */
export async function reextractArticle(db: Kysely<DB>, articleId: number, options: ReextractOptions = {}): Promise<ReextractOutcome> {
  const version = options.version ?? EXTRACTOR_VERSION;
  return withRetry(() => db.transaction().execute(async (trx): Promise<ReextractOutcome> => {
    const article = await lockArticle(trx, articleId, options.skipLocked ?? false);
    if (!article) {
      const busy = options.skipLocked === true && (await articleExists(trx, articleId));
      return { articleId, status: busy ? 'busy' : 'missing' };
    }
    if (article.extractor_version === version && !options.force) return { articleId, status: 'current' };

    const publisher = article.publisher_id === null ? null : ((await findEntity(trx, article.publisher_id))?.canonical_name ?? null);
    const result = (options.extract ?? extract)({ text: article.text, lang: article.lang, publisher });
    const stored = await storedAttributionsOf(trx, articleId);
    const kept = keptRows(stored, result.attributions);
    const keptIds = new Set([...kept.values()].map((k) => k.id));
    const removed = stored.filter((row) => !keptIds.has(row.id)).map((row) => row.id);

    await deleteAttributionDetails(trx, stored.map((row) => row.id));
    await deleteAttributions(trx, removed);
    await vacateOrdinals(trx, articleId);
    await deleteArticleRoles(trx, articleId);
    const publisherRes = article.publisher_id === null ? null : { id: article.publisher_id, code: 'article-publisher', reason: "the article's publisher, as stored with it" };
    await writeAttributions(trx, { id: articleId, lang: article.lang, publisher, publisherRes, publishedAt: article.published_at }, result.attributions, kept);
    await setExtractorVersion(trx, articleId, version);
    return { articleId, status: 'reextracted', version, kept: kept.size, added: result.attributions.length - kept.size, removed: removed.length };
  }));
}

type StoredRow = Awaited<ReturnType<typeof storedAttributionsOf>>[number];

/** New attributions by position, each with the stored row of exactly the same content spans, one to one. */
function keptRows(stored: readonly StoredRow[], attributions: readonly Attribution[]): Map<number, KeptAttribution> {
  const bySpans = new Map<string, StoredRow[]>();
  for (const row of stored) {
    const key = spansKey(row.content_spans as { start: number; end: number }[]);
    bySpans.set(key, [...(bySpans.get(key) ?? []), row]);
  }
  const kept = new Map<number, KeptAttribution>();
  for (const [ordinal, a] of attributions.entries()) {
    const row = bySpans.get(spansKey(a.content))?.shift();
    if (!row) continue;
    const speaker = row.speaker_entity_id === null ? null : { id: row.speaker_entity_id, code: row.speaker_match_code ?? 'kept', reason: row.speaker_match_reason ?? 'kept from the earlier extraction' };
    kept.set(ordinal, { id: row.id, speakerName: row.speaker_name, speaker });
  }
  return kept;
}

function spansKey(spans: readonly { start: number; end: number }[]): string {
  return spans.map((s) => `${s.start}-${s.end}`).join(',');
}

export interface ReextractSummary {
  articles: number;
  kept: number;
  added: number;
  removed: number;
  /** Held by another worker, which re-extracts them. */
  busy: number;
}

/**
 * The re-extraction job: every article whose attributions another extractor produced (every
 * article with `force`), in id order and batches. Idempotent, and safe to run in several processes
 * at once: each article is locked while it is rewritten, and the others pass it over.
 */
export async function reextractStale(
  db: Kysely<DB>,
  options: ReextractOptions & { batch?: number; onArticle?: (outcome: ReextractOutcome) => void } = {},
): Promise<ReextractSummary> {
  const version = options.version ?? EXTRACTOR_VERSION;
  const summary: ReextractSummary = { articles: 0, kept: 0, added: 0, removed: 0, busy: 0 };
  for (let afterId = 0; ; ) {
    const ids = await staleArticleIds(db, version, { afterId, limit: options.batch ?? 100, all: options.force ?? false });
    if (ids.length === 0) return summary;
    for (const id of ids) {
      const outcome = await reextractArticle(db, id, { ...options, version, skipLocked: true });
      options.onArticle?.(outcome);
      if (outcome.status === 'busy') summary.busy++;
      if (outcome.status !== 'reextracted') continue;
      summary.articles++;
      summary.kept += outcome.kept;
      summary.added += outcome.added;
      summary.removed += outcome.removed;
    }
    afterId = ids.at(-1)!;
  }
}
