import type { Kysely } from 'kysely';
import type { DB, NewArticle } from '../schema.ts';

export async function findArticleIdByHash(db: Kysely<DB>, contentHash: string): Promise<number | undefined> {
  const row = await db.selectFrom('articles').select('id').where('content_hash', '=', contentHash).executeTakeFirst();
  return row?.id;
}

/**
 * Inserts the article unless one with the same content hash exists; returns the new id, or
 * undefined when the hash was taken. ON CONFLICT DO NOTHING waits for a concurrent insert of
 * the same hash to commit or roll back, so exactly one of two racing ingests gets an id.
 */
export async function insertArticleIfNew(db: Kysely<DB>, article: NewArticle): Promise<number | undefined> {
  const row = await db
    .insertInto('articles')
    .values(article)
    .onConflict((oc) => oc.column('content_hash').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export function findArticle(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('articles as a')
    .leftJoin('entities as p', 'p.id', 'a.publisher_id')
    .select([
      'a.id',
      'a.content_hash',
      'a.url',
      'a.publisher_id',
      'p.canonical_name as publisher_name',
      'a.lang',
      'a.published_at',
      'a.title',
      'a.text',
      'a.source_format',
      'a.ingested_at',
      'a.extractor_version',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export async function articleExists(db: Kysely<DB>, id: number): Promise<boolean> {
  return (await db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/**
 * The article, locked for this transaction: a re-extraction rewrites its attributions. With
 * `skipLocked`, an article another worker holds is not waited for (undefined, as for no article).
 */
export function lockArticle(db: Kysely<DB>, id: number, skipLocked: boolean) {
  const query = db.selectFrom('articles').select(['id', 'text', 'lang', 'publisher_id', 'published_at', 'extractor_version']).where('id', '=', id).forUpdate();
  return (skipLocked ? query.skipLocked() : query).executeTakeFirst();
}

export async function setExtractorVersion(db: Kysely<DB>, id: number, version: string): Promise<void> {
  await db.updateTable('articles').set({ extractor_version: version }).where('id', '=', id).execute();
}

/** Ids of articles after `afterId` whose attributions another extractor produced (all of them with `all`), in id order. */
export async function staleArticleIds(db: Kysely<DB>, version: string, opts: { afterId: number; limit: number; all: boolean }): Promise<number[]> {
  let query = db.selectFrom('articles').select('id').where('id', '>', opts.afterId);
  if (!opts.all) query = query.where((eb) => eb.or([eb('extractor_version', 'is', null), eb('extractor_version', '!=', version)]));
  const rows = await query.orderBy('id').limit(opts.limit).execute();
  return rows.map((r) => r.id);
}
