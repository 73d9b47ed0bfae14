import { Router } from 'express';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../errors.ts';

export function healthRouter(db: Kysely<DB>, databaseKind: string): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      await sql`SELECT 1`.execute(db);
    } catch {
      throw new AppError(503, 'database_unavailable', 'the database does not answer');
    }
    res.json({ status: 'ok', database: databaseKind });
  });
  return router;
}
