import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ArticleInput } from '../api/schemas/articles.ts';
import { createDatabase, databaseOptionsFromEnv } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { commandArgs } from './args.ts';
import { bulkLoadUpkeep, ingestArticle } from '../services/ingest.ts';

const USAGE = `usage: quotetrail ingest [--publisher NAME] [--url URL] [--lang en|id] [--date YYYY-MM-DD] FILE...

Stores text or HTML files (HTML when the name ends in .html/.htm) with their attributions in
DATABASE_URL, or in the embedded database in QUOTETRAIL_DATA_DIR (default ./data/pglite).
Prints one JSON line per file: {"file","id","created","lang","attributions"}.
The same text twice is stored once (created: false).`;

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs(argv, { publisher: { type: 'string' }, url: { type: 'string' }, lang: { type: 'string' }, date: { type: 'string' } }, USAGE, true);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals: files } = parsed;
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }

  const database = await createDatabase(databaseOptionsFromEnv());
  let failed = 0;
  try {
    await migrate(database.db);
    const upkeep = bulkLoadUpkeep(database.db);
    for (const file of files) {
      try {
        const bytes = await readFile(file);
        if (!isUtf8(bytes)) throw new Error('not valid UTF-8');
        const content = bytes.toString('utf8');
        const html = /^\.html?$/i.test(extname(file));
        // The same validation as POST /articles.
        const checked = ArticleInput.safeParse({
          [html ? 'html' : 'text']: content,
          ...(values.publisher !== undefined ? { publisher: values.publisher } : {}),
          ...(values.url !== undefined ? { url: values.url } : {}),
          ...(values.lang !== undefined ? { lang: values.lang } : {}),
          ...(values.date !== undefined ? { published_at: values.date } : {}),
        });
        if (!checked.success) {
          const issue = checked.error.issues[0]!;
          throw new Error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
        }
        const body = checked.data;
        const result = await ingestArticle(database.db, {
          ...(html ? { html: content } : { text: content }),
          publisher: body.publisher ?? null,
          url: body.url ?? null,
          publishedAt: body.published_at ?? null,
          ...(body.lang !== undefined ? { lang: body.lang } : {}),
        });
        console.log(JSON.stringify({ file, id: result.articleId, created: result.created, lang: result.lang, attributions: result.attributions }));
        await upkeep(result.created);
      } catch (error) {
        failed++;
        console.error(`${file}: ${(error as Error).message}`);
      }
    }
  } finally {
    await database.close();
  }
  return failed === 0 ? 0 : 1;
}
