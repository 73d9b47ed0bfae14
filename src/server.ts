// Serves the API: PGlite in QUOTETRAIL_DATA_DIR (default ./data/pglite), or DATABASE_URL.
import { pino } from 'pino';
import { createApp } from './api/app.ts';
import { createDatabase, databaseOptionsFromEnv } from './db/database.ts';
import { migrate } from './db/migrate.ts';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  logger.fatal({ port: process.env.PORT }, 'PORT must be an integer from 0 to 65535');
  process.exit(2);
}

const database = await createDatabase(databaseOptionsFromEnv());
const migrations = await migrate(database.db);
logger.info({ database: database.kind, ...migrations }, 'database ready');

const app = createApp({ db: database.db, databaseKind: database.kind, logger });
const server = app.listen(port, () => logger.info({ port }, 'quotetrail listening'));

// An unexpected rejection is logged, not fatal: request errors already reach the error middleware.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      void database.close().finally(() => process.exit(0));
    });
    server.closeAllConnections?.();
  });
}
