import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi-document.js';
import { expectProblem } from './expectations.js';
import type { SuiteContext } from './suite-context.js';

/** Probes, the OpenAPI document, the docs page and unknown routes: none needs a token. */
export const describeOperational = (context: () => SuiteContext) => {
  describe('probes, documentation and unknown routes', () => {
    it('GET /health is 200 without a token', async () => {
      const response = await context().send('GET', '/health');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    it('GET /ready is 200 without a token while the store answers', async () => {
      const response = await context().send('GET', '/ready');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ready' });
    });

    it('GET /openapi.json is the OpenAPI 3.1 document built from the contract', async () => {
      const response = await context().send('GET', '/openapi.json');

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.body).toMatchObject({
        openapi: '3.1.0',
        paths: {
          '/todos': { post: { operationId: 'createTodo' }, get: { operationId: 'listTodos' } },
          '/todos/{id}': {
            get: { operationId: 'getTodo' },
            patch: { operationId: 'updateTodo' },
            delete: { operationId: 'deleteTodo' },
          },
        },
      });
      // Served unchanged: the same paths and schemas the contract builds.
      const { paths, components } = buildOpenApiDocument();
      const asJson = (value: object): unknown => JSON.parse(JSON.stringify(value));
      expect(response.body).toMatchObject({ paths: asJson(paths), components: asJson(components) });
    });

    it('GET /docs is an HTML page that loads its assets from this server', async () => {
      const page = await context().send('GET', '/docs');

      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const assets = [...String(page.body).matchAll(/(?:src|href)="(\/[^"]+)"/g)].map(
        (m) => m[1] ?? '',
      );
      expect(assets.length).toBeGreaterThanOrEqual(3);
      for (const asset of assets) {
        const response = await context().send('GET', asset);
        expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
      }
    });

    it.each([
      ['GET', '/nothing-here'],
      ['GET', '/todos/some-id/extra'],
      ['PUT', '/todos/some-id'],
      ['POST', '/todos/some-id'],
      ['DELETE', '/todos'],
    ])('%s %s is 404 route.not-found, with or without a token', async (method, path) => {
      const { token } = await context().newOwner();

      const anonymous = await context().send(method, path);
      const authenticated = await context().send(method, path, { token });

      expectProblem(anonymous, 'route.not-found', 404);
      expectProblem(authenticated, 'route.not-found', 404);
    });
  });
};
