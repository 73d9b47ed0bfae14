import { Router } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { getArticle, getArticleAttributions } from '../../services/articles.ts';
import { ingestArticle, type IngestOptions } from '../../services/ingest.ts';
import { reextractArticle } from '../../services/reextract.ts';
import { AppError, validate } from '../errors.ts';
import { ArticleInput } from '../schemas/articles.ts';
import { IdParams } from '../schemas/common.ts';

export function articlesRouter(db: Kysely<DB>, options: IngestOptions = {}): Router {
  const router = Router();

  router.post('/articles', async (req, res) => {
    if (!req.is('application/json')) {
      if (req.headers['content-type'] === undefined && !hasBody(req.headers)) {
        throw new AppError(400, 'missing_body', 'the request needs a JSON body');
      }
      throw new AppError(415, 'unsupported_media_type', 'send the article as application/json');
    }
    // Express 5 leaves req.body undefined when no parser ran; a JSON body is always parsed here.
    const body = validate(ArticleInput, req.body, 'body');
    const result = await ingestArticle(db, {
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.html !== undefined ? { html: body.html } : {}),
      url: body.url ?? null,
      publisher: body.publisher ?? null,
      title: body.title ?? null,
      publishedAt: body.published_at ?? null,
      ...(body.lang !== undefined ? { lang: body.lang } : {}),
    }, options);
    res
      .status(result.created ? 201 : 200)
      .location(`/articles/${result.articleId}`)
      .json({ id: result.articleId, created: result.created, lang: result.lang, attributions: result.attributions });
  });

  router.get('/articles/:id', async (req, res) => {
    const { id } = validate(IdParams, req.params, 'path');
    const article = await getArticle(db, id);
    if (!article) throw new AppError(404, 'not_found', `no article ${id}`);
    res.json(article);
  });

  // Runs the current extractor over the stored article; attributions found again keep their ids.
  router.post('/articles/:id/reextract', async (req, res) => {
    const { id } = validate(IdParams, req.params, 'path');
    const outcome = await reextractArticle(db, id, { force: true, ...(options.extract ? { extract: options.extract } : {}) });
    if (outcome.status === 'missing') throw new AppError(404, 'not_found', `no article ${id}`);
    const { articleId, ...rest } = outcome;
    res.json({ id: articleId, ...rest, attributions: await getArticleAttributions(db, id) });
  });

  return router;
}

function hasBody(headers: Record<string, unknown>): boolean {
  return headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');
}
