import { isUtf8 } from 'node:buffer';
import express, { type Express } from 'express';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import type { IngestOptions } from '../services/ingest.ts';
import { errorHandler, JSON_BODY_LIMIT, notFound } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { articlesRouter } from './routes/articles.ts';
import { attributionsRouter } from './routes/attributions.ts';
import { healthRouter } from './routes/health.ts';
import { speakersRouter } from './routes/speakers.ts';

export interface AppDeps {
  db: Kysely<DB>;
  /** 'pglite' or 'postgres', reported by /health. */
  databaseKind?: string;
  logger?: Logger;
  /** Replaces the extraction pipeline (tests feed hand-built attributions through the API). */
  extract?: IngestOptions['extract'];
}

/** Builds the HTTP API without listening, so tests drive it with supertest. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  if (deps.logger) {
    const logger = deps.logger;
    app.use((req, res, next) => {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        logger.info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms) }, 'request');
      });
      next();
    });
  }

  app.use(
    express.json({
      limit: JSON_BODY_LIMIT,
      type: ['application/json', 'application/*+json'],
      // Invalid UTF-8 would otherwise turn silently into U+FFFD inside the stored text.
      verify: (_req, _res, buf, encoding) => {
        if (/^utf-?8$/i.test(encoding) && !isUtf8(buf)) {
          throw Object.assign(new Error('invalid UTF-8'), { status: 400, type: 'entity.invalid_utf8' });
        }
      },
    }),
  );

  app.use(healthRouter(deps.db, deps.databaseKind ?? 'unknown'));
  app.use(articlesRouter(deps.db, deps.extract ? { extract: deps.extract } : {}));
  app.use(attributionsRouter(deps.db));
  app.use(speakersRouter(deps.db));
  const openapi = openApiDocument();
  app.get('/openapi.json', (_req, res) => void res.json(openapi));
  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
