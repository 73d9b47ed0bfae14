// The OpenAPI 3.1 document, generated from the zod schemas the routes validate with (one
// source of truth): path, query and body schemas become parameters and request bodies through
// z.toJSONSchema (input side, so query parameters are documented as the strings they arrive as).
import { z } from 'zod';
import { ArticleInput } from './schemas/articles.ts';
import { AttributionQuery, MergeBody, NoQuery, RelayedQuery, SpeakerQuery, SplitBody, VariantsQuery } from './schemas/attributions.ts';
import { IdParams } from './schemas/common.ts';

type Method = 'get' | 'post';

export interface RouteDoc {
  method: Method;
  /** Express path ("/speakers/:id"). */
  path: string;
  summary: string;
  tags: string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Status → description; 2xx are JSON objects, 4xx/5xx the one error shape. */
  responses: Record<number, string>;
  /** A 2xx response that is a `{items, next_cursor}` page. */
  paged?: boolean;
}

const common4xx = { 400: 'Invalid input: the message names the field or parameter', 404: 'No such resource', 500: 'Internal error (details are logged, never sent)' };

/** Every route of createApp; test/api/openapi.test.ts checks the app has no other. */
export const routes: RouteDoc[] = [
  { method: 'get', path: '/health', summary: 'Liveness and the database kind', tags: ['meta'], responses: { 200: 'The service answers', 503: 'The database does not answer' } },
  { method: 'get', path: '/openapi.json', summary: 'This document', tags: ['meta'], responses: { 200: 'OpenAPI 3.1 document' } },
  {
    method: 'post',
    path: '/articles',
    summary: 'Ingest an article: extract attributions, resolve speakers and outlets, index variants',
    tags: ['articles'],
    body: ArticleInput,
    responses: { 201: 'Stored, with its attributions', 200: 'The same text was already stored (same id)', 400: common4xx[400], 413: 'Body over the size limit', 415: 'Not application/json', 500: common4xx[500] },
  },
  { method: 'get', path: '/articles/:id', summary: 'An article with its text and attributions', tags: ['articles'], params: IdParams, responses: { 200: 'The article', ...common4xx } },
  {
    method: 'post',
    path: '/articles/:id/reextract',
    summary: 'Run the current extractor over a stored article: attributions found again at the same spans keep their ids, the others are removed or added',
    tags: ['articles'],
    params: IdParams,
    responses: { 200: 'What was kept, added and removed, and the attributions now stored', ...common4xx },
  },
  {
    method: 'get',
    path: '/attributions',
    summary: 'Search attributions: speaker, organisation, role, standing (public figure or private person), chain, publisher, language, kind, dates, full text, fuzzy text; relevance or date order; keyset pages; highlighted snippets',
    tags: ['search'],
    query: AttributionQuery,
    responses: { 200: 'A page of attributions', 400: common4xx[400], 500: common4xx[500] },
    paged: true,
  },
  { method: 'get', path: '/attributions/:id/chain', summary: 'Speaker → intermediaries → publisher, each hop with its evidence', tags: ['audit'], params: IdParams, query: NoQuery, responses: { 200: 'The chain', ...common4xx } },
  {
    method: 'get',
    path: '/attributions/:id/variants',
    summary: 'The same statement in other articles, with a word diff against the earliest report and every disagreement in speaker or chain',
    tags: ['audit'],
    params: IdParams,
    query: VariantsQuery,
    responses: { 200: 'Variants, best first', ...common4xx },
  },
  {
    method: 'get',
    path: '/claims/:id/timeline',
    summary: 'First appearance and every re-report of a claim, by date and outlet (any member attribution id is accepted)',
    tags: ['audit'],
    params: IdParams,
    query: NoQuery,
    responses: { 200: 'The timeline', ...common4xx },
  },
  { method: 'get', path: '/speakers', summary: 'Entities that spoke, optionally by name', tags: ['speakers'], query: SpeakerQuery, responses: { 200: 'A page of speakers', 400: common4xx[400], 500: common4xx[500] }, paged: true },
  {
    method: 'get',
    path: '/speakers/:id',
    summary: 'An entity: aliases (with why), roles over time, counts, top topics, who relayed it, merges',
    tags: ['speakers'],
    params: IdParams,
    query: NoQuery,
    responses: { 200: 'The entity', ...common4xx },
  },
  {
    method: 'post',
    path: '/speakers/:id/merge',
    summary: 'Merge this entity into another, moving every attribution, hop, alias and role (audited)',
    tags: ['speakers'],
    params: IdParams,
    body: MergeBody,
    responses: { 200: 'Merged; what moved', ...common4xx, 409: 'Already merged, or kinds that cannot merge', 415: 'Not application/json' },
  },
  {
    method: 'post',
    path: '/speakers/:id/split',
    summary: 'Split aliases and attributions off into a new entity (audited)',
    tags: ['speakers'],
    params: IdParams,
    body: SplitBody,
    responses: { 201: 'Split; the new entity and what moved', ...common4xx, 409: 'The entity was merged away', 415: 'Not application/json' },
  },
  {
    method: 'get',
    path: '/outlets/:id/relayed',
    summary: 'Every attribution that passed through an outlet, grouped by original speaker',
    tags: ['audit'],
    params: IdParams,
    query: RelayedQuery,
    responses: { 200: 'A page of speaker groups', ...common4xx },
    paged: true,
  },
];

const ErrorBody = z
  .object({ error: z.object({ code: z.string().describe('Stable machine-readable code (invalid_value, not_found, …)'), message: z.string().describe('Names the offending field') }) })
  .describe('Every error');

const Page = z
  .object({
    items: z.array(z.looseObject({})),
    next_cursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  })
  .describe('Every listing: a keyset page');

const json = (schema: z.ZodType) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

function parameters(where: 'path' | 'query', schema: z.ZodObject | undefined) {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const f = field as z.ZodType;
    return {
      name,
      in: where,
      required: where === 'path' || !f.safeParse(undefined).success,
      ...(f.description ? { description: f.description } : {}),
      schema: json(f),
    };
  });
}

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, unknown> = {};
    for (const [status, description] of Object.entries(r.responses)) {
      const ok = Number(status) < 400;
      const schema = ok ? (r.paged ? { $ref: '#/components/schemas/Page' } : { type: 'object' }) : { $ref: '#/components/schemas/Error' };
      responses[status] = { description, content: { 'application/json': { schema } } };
    }
    (paths[path] ??= {})[r.method] = {
      summary: r.summary,
      tags: r.tags,
      operationId: `${r.method}${path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: [...parameters('path', r.params), ...parameters('query', r.query)],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: json(r.body) } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'quotetrail', version: '0.1.0', description: 'Who said what, and through whom it reached us.' },
    paths,
    components: { schemas: { Error: json(ErrorBody), Page: json(Page) } },
  };
}
