import { createDatabase, databaseOptionsFromEnv } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { commandArgs } from './args.ts';
import { EXTRACTOR_VERSION } from '../services/extractor-version.ts';
import { reextractArticle, reextractStale, type ReextractOutcome } from '../services/reextract.ts';

const USAGE = `usage: quotetrail reextract [--all] [--article ID] [--batch N]

Runs the current extractor over stored articles that another extractor read, in DATABASE_URL or
the embedded database in QUOTETRAIL_DATA_DIR (default ./data/pglite). Each article is one
transaction; attributions found again at the same content spans keep their ids. Safe to run in
several processes at once, and to stop and start again.
  --all         every article, whatever extractor read it
  --article ID  this article only (always re-extracted)
  --batch N     articles listed per query (default 100)
Prints one JSON line per article ({"id","status","kept","added","removed"}) and a summary line.`;

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs(argv, { all: { type: 'boolean' }, article: { type: 'string' }, batch: { type: 'string' } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const article = values.article === undefined ? undefined : positiveInteger(values.article);
  const batch = values.batch === undefined ? 100 : positiveInteger(values.batch);
  if (article === null || batch === null) {
    console.error(`--article and --batch take a positive whole number\n${USAGE}`);
    return 2;
  }

  const database = await createDatabase(databaseOptionsFromEnv());
  try {
    await migrate(database.db);
    if (article !== undefined) {
      const outcome = await reextractArticle(database.db, article, { force: true });
      console.log(asJson(outcome));
      return outcome.status === 'reextracted' ? 0 : 1;
    }
    const summary = await reextractStale(database.db, { force: values.all ?? false, batch, onArticle: (outcome) => console.log(asJson(outcome)) });
    console.log(JSON.stringify({ version: EXTRACTOR_VERSION, ...summary }));
    return 0;
  } finally {
    await database.close();
  }
}

/** One line per article, keyed by `id` as `ingest` prints it. */
function asJson({ articleId, ...rest }: ReextractOutcome): string {
  return JSON.stringify({ id: articleId, ...rest });
}

function positiveInteger(text: string): number | null {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}
