import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { getClaimTimeline, getVariants } from '../../services/audit.ts';
import { attributionListing, decodeCursorKey, findAttributions, getChain } from '../../services/search.ts';
import { AppError, validate } from '../errors.ts';
import { AttributionQuery, NoQuery, VariantsQuery } from '../schemas/attributions.ts';
import { IdParams } from '../schemas/common.ts';

export function attributionsRouter(db: Kysely<DB>): Router {
  const router = Router();

  router.get('/attributions', async (req, res) => {
    const query = validate(AttributionQuery, req.query, 'query');
    const sort = query.sort ?? (query.q !== undefined || query.fuzzy !== undefined ? 'relevance' : 'id');
    const after = query.cursor === undefined ? undefined : decodeCursorKey(attributionListing(sort), query.cursor);
    if (query.cursor !== undefined && after === undefined) throw new AppError(400, 'invalid_cursor', 'cursor: not a cursor from this listing and order');
    const { cursor: _cursor, ...filter } = query;
    res.json(await findAttributions(db, { ...strip(filter), sort, ...(after === undefined ? {} : { after }) }));
  });

  router.get('/attributions/:id/chain', async (req, res) => {
    const { id } = validate(IdParams, req.params, 'path');
    validate(NoQuery, req.query, 'query');
    const chain = await getChain(db, id);
    if (!chain) throw new AppError(404, 'not_found', `no attribution ${id}`);
    res.json(chain);
  });

  router.get('/attributions/:id/variants', async (req, res) => {
    const { id } = validate(IdParams, req.params, 'path');
    const query = validate(VariantsQuery, req.query, 'query');
    const variants = await getVariants(db, id, query.limit);
    if (!variants) throw new AppError(404, 'not_found', `no attribution ${id}`);
    res.json(variants);
  });

  router.get('/claims/:id/timeline', async (req, res) => {
    const { id } = validate(IdParams, req.params, 'path');
    validate(NoQuery, req.query, 'query');
    const timeline = await getClaimTimeline(db, id);
    if (!timeline) throw new AppError(404, 'not_found', `no claim or attribution ${id}`);
    res.json(timeline);
  });

  return router;
}

/** Drops undefined members, for exactOptionalPropertyTypes-friendly spreading. */
function strip<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
