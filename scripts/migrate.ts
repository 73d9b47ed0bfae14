// `npm run migrate`: applies sql/*.sql to DATABASE_URL, or to the embedded database.
import { run } from '../src/commands/migrate.ts';

process.exitCode = await run(process.argv.slice(2));
