import { createDatabase, databaseOptionsFromEnv } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { commandArgs } from './args.ts';

const USAGE = `usage: quotetrail migrate [--database-url URL] [--data-dir DIR]

Applies the pending sql/*.sql migrations. Without DATABASE_URL (or --database-url) it migrates
the embedded PGlite database in QUOTETRAIL_DATA_DIR (default ./data/pglite).`;

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs(argv, { 'database-url': { type: 'string' }, 'data-dir': { type: 'string' } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const options = values['database-url']
    ? { url: values['database-url'] }
    : values['data-dir']
      ? { dataDir: values['data-dir'] }
      : databaseOptionsFromEnv();
  const database = await createDatabase(options);
  try {
    const result = await migrate(database.db);
    console.log(JSON.stringify({ database: database.kind, ...result }));
    return 0;
  } catch (error) {
    console.error(`migration failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await database.close();
  }
}
