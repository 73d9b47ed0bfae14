import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../src/api/app.ts';
import { createDatabase } from '../../src/db/database.ts';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every "METHOD /path" the Express app answers, read from its router stack. */
function appRoutes(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) for (const m of Object.keys(layer.route.methods)) out.push(`${m.toUpperCase()} ${layer.route.path}`);
      else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return out.sort();
}

test('GET /openapi.json: OpenAPI 3.1 documenting exactly the routes the app serves', async () => {
  // No query reaches the database here: a pg pool connects lazily, so an address nobody
  // listens on costs nothing (a PGlite would cost seconds).
  const database = await createDatabase({ url: 'postgres://nobody@127.0.0.1:9/none', poolSize: 1 });
  try {
    const app = createApp({ db: database.db });
    const res = await request(app).get('/openapi.json').expect(200).expect('content-type', /json/);
    const doc = JSON.parse(res.text) as { openapi: string; paths: Record<string, Record<string, any>>; components: { schemas: Record<string, unknown> } };
    assert.equal(doc.openapi, '3.1.0');
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort();
    assert.deepEqual(documented, appRoutes(app));

    const operationIds = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method} ${path}`;
        assert.ok(op.summary, where);
        assert.ok(!operationIds.has(op.operationId), `${where}: unique operationId`);
        operationIds.add(op.operationId);
        // Every path template has its parameter, every parameter is described by a schema.
        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
          assert.ok(op.parameters.some((p: { name: string; in: string; required: boolean }) => p.name === name && p.in === 'path' && p.required), `${where}: ${name}`);
        }
        for (const p of op.parameters) assert.ok(p.schema && typeof p.schema === 'object', `${where}: ${p.name}`);
        const statuses = Object.keys(op.responses);
        assert.ok(statuses.some((s) => s.startsWith('2')), where);
        for (const s of statuses.filter((x) => Number(x) >= 400)) {
          assert.deepEqual(op.responses[s].content['application/json'].schema, { $ref: '#/components/schemas/Error' }, `${where} ${s}`);
        }
      }
    }
    // The documented parameters are the validating schemas' fields.
    const search = doc.paths['/attributions']!.get.parameters.map((p: { name: string }) => p.name);
    for (const name of ['speaker', 'q', 'fuzzy', 'via', 'publisher', 'organization', 'role', 'lang', 'kind', 'from', 'to', 'sort', 'limit', 'cursor']) assert.ok(search.includes(name), name);
    assert.ok(doc.paths['/speakers/{id}/merge']!.post.requestBody.content['application/json'].schema.properties.into);
    // Every $ref resolves.
    for (const ref of res.text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) assert.ok(doc.components.schemas[ref[1]!], ref[1]);
  } finally {
    await database.close();
  }
});
