import { describe, expect, it } from 'vitest';
import { problemTable } from './error-table.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { todoRoutes } from './routes/todo-routes.js';

const document = buildOpenApiDocument();

/** Every `$ref` anywhere in `value`. */
const refsIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, entry]) =>
    key === '$ref' && typeof entry === 'string' ? [entry] : refsIn(entry),
  );
};

describe('buildOpenApiDocument', () => {
  it('is OpenAPI 3.1 with bearer auth required by default', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ scheme: 'bearer' });
  });

  it('describes every todo route with its success status and its error statuses', () => {
    for (const route of todoRoutes) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      const statuses = Object.keys(Object(operation).responses ?? {});

      expect(operation).toMatchObject({ operationId: route.operationId, summary: route.summary });
      expect(statuses).toContain(String(route.successStatus));
      for (const code of route.problemCodes) {
        expect(statuses).toContain(String(problemTable[code].status));
      }
      expect(statuses).toEqual(expect.arrayContaining(['401', '500']));
    }
  });

  it('leaves probes and the document itself open', () => {
    for (const path of ['/health', '/ready', '/openapi.json']) {
      expect(document.paths[path]).toMatchObject({ get: { security: [] } });
    }
  });

  it('resolves every $ref to a schema it defines', () => {
    const refs = refsIn(document);

    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const name = ref.replace('#/components/schemas/', '');
      expect(Object.keys(document.components.schemas)).toContain(name);
    }
  });

  it('is plain JSON: no TypeBox metadata survives', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('documents the Idempotency-Key header of POST /todos with the pattern the use case checks', () => {
    const create = document.paths['/todos']?.['post'];

    expect(create).toMatchObject({
      parameters: [
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          schema: { type: 'string', pattern: '^[!-~]{1,128}$' },
        },
      ],
      responses: { '400': expect.anything(), '422': expect.anything() },
    });
  });

  it('documents the list query from the same schema the route validates with', () => {
    const parameters = document.paths['/todos']?.['get'];

    expect(parameters).toMatchObject({
      parameters: [
        {
          name: 'limit',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
        },
        { name: 'cursor', in: 'query' },
        { name: 'status', in: 'query' },
      ],
    });
  });
});
