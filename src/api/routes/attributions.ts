import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { decodeCursor, findAttributions, getChain } from '../../services/search.ts';
import { AppError, validate } from '../errors.ts';
import { AttributionQuery } from '../schemas/attributions.ts';
import { IdParams } from '../schemas/common.ts';

export function attributionsRouter(db: Kysely<DB>): Router {
  const router = Router();

  router.get('/attributions', async (req, res) => {
    const query = validate(AttributionQuery, req.query, 'query');
    const after = query.cursor === undefined ? undefined : decodeCursor('attributions', query.cursor);
    if (query.cursor !== undefined && after === undefined) throw new AppError(400, 'invalid_cursor', 'cursor: not a cursor from this listing');
    const { cursor: _cursor, ...filter } = query;
    res.json(await findAttributions(db, { ...strip(filter), ...(after === undefined ? {} : { afterCursor: after }) }));
  });

  router.get('/attributions/:id/chain', async (req, res) => {
    const { id } = validate(IdParams, req.params, 'path');
    const chain = await getChain(db, id);
    if (!chain) throw new AppError(404, 'not_found', `no attribution ${id}`);
    res.json(chain);
  });

  return router;
}

/** Drops undefined members, for exactOptionalPropertyTypes-friendly spreading. */
function strip<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
