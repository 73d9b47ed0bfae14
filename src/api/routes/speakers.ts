import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { getRelayed } from '../../services/audit.ts';
import { mergeEntities, splitEntity } from '../../services/merges.ts';
import { decodeCursor, findSpeakers, getSpeaker } from '../../services/search.ts';
import { jsonBody } from '../body.ts';
import { AppError, validate } from '../errors.ts';
import { MergeBody, NoQuery, RelayedQuery, SpeakerQuery, SplitBody } from '../schemas/attributions.ts';
import { IdParams } from '../schemas/common.ts';

export function speakersRouter(db: Kysely<DB>): Router {
  const router = Router();

  router.get('/speakers', async (req, res) => {
    const query = validate(SpeakerQuery, req.query, 'query');
    const after = query.cursor === undefined ? undefined : decodeCursor('speakers', query.cursor);
    if (query.cursor !== undefined && after === undefined) throw new AppError(400, 'invalid_cursor', 'cursor: not a cursor from this listing');
    res.json(
      await findSpeakers(db, {
        limit: query.limit,
        ...(query.q === undefined ? {} : { q: query.q }),
        ...(after === undefined ? {} : { afterCursor: after }),
      }),
    );
  });

  router.get('/speakers/:id', async (req, res) => {
    const { id } = validate(IdParams, req.params, 'path');
    validate(NoQuery, req.query, 'query');
    const speaker = await getSpeaker(db, id);
    if (!speaker) throw new AppError(404, 'not_found', `no speaker ${id}`);
    res.json(speaker);
  });

  router.post('/speakers/:id/merge', async (req, res) => {
    const { id } = validate(IdParams, req.params, 'path');
    const body = validate(MergeBody, jsonBody(req), 'body');
    res.json(await mergeEntities(db, id, body.into, body.reason));
  });

  router.post('/speakers/:id/split', async (req, res) => {
    const { id } = validate(IdParams, req.params, 'path');
    const body = validate(SplitBody, jsonBody(req), 'body');
    const result = await splitEntity(db, id, body);
    res.status(201).location(`/speakers/${result.target.id}`).json(result);
  });

  router.get('/outlets/:id/relayed', async (req, res) => {
    const { id } = validate(IdParams, req.params, 'path');
    const query = validate(RelayedQuery, req.query, 'query');
    const after = query.cursor === undefined ? undefined : decodeCursor(`relayed:${id}:${query.as}`, query.cursor);
    if (query.cursor !== undefined && after === undefined) throw new AppError(400, 'invalid_cursor', 'cursor: not a cursor from this listing');
    const relayed = await getRelayed(db, id, { as: query.as, perSpeaker: query.per_speaker, limit: query.limit, ...(after === undefined ? {} : { afterSpeaker: after }) });
    if (!relayed) throw new AppError(404, 'not_found', `no outlet ${id}`);
    res.json(relayed);
  });

  return router;
}
