import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { decodeCursor, findSpeakers, getSpeaker } from '../../services/search.ts';
import { AppError, validate } from '../errors.ts';
import { SpeakerQuery } from '../schemas/attributions.ts';
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
    const speaker = await getSpeaker(db, id);
    if (!speaker) throw new AppError(404, 'not_found', `no speaker ${id}`);
    res.json(speaker);
  });

  return router;
}
