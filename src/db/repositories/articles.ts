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
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}
