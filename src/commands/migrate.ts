import { parseArgs } from 'node:util';
import { createDatabase, databaseOptionsFromEnv } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

const USAGE = `usage: quotetrail migrate [--database-url URL] [--data-dir DIR]

Applies the pending sql/*.sql migrations. Without DATABASE_URL (or --database-url) it migrates
the embedded PGlite database in QUOTETRAIL_DATA_DIR (default ./data/pglite).`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
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
