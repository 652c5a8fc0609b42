import { Type } from '@sinclair/typebox';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  generatedValidatorsPath,
  requestValidatorsSource,
  schemaRulesOf,
  UnsupportedSchemaError,
} from './request-validators-source.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

describe('request-validators.generated.ts', () => {
  it('is what the request schemas generate now (run `nx run http-contract:generate-validators`)', async () => {
    const committed = await readFile(`${packageRoot}/${generatedValidatorsPath}`, 'utf8');

    const regenerated = await requestValidatorsSource(packageRoot);

    expect(committed).toBe(regenerated);
  });
});

describe('schemaRulesOf', () => {
  it('keeps what decides a check and drops the documentation', () => {
    const schema = Type.Object(
      { name: Type.String({ minLength: 2, description: 'A name.', examples: ['Al'] }) },
      { additionalProperties: false, title: 'Named' },
    );

    expect(schemaRulesOf(schema, 'named')).toEqual({
      type: 'object',
      properties: { name: { type: 'string', minLength: 2 } },
      required: ['name'],
      additionalProperties: false,
    });
  });

  it.each([
    ['a pattern', Type.Object({ code: Type.String({ pattern: '^[a-z]+$' }) })],
    ['a format', Type.Object({ at: Type.String({ format: 'date-time' }) })],
    ['an array', Type.Object({ tags: Type.Array(Type.String()) })],
    ['a multipleOf', Type.Object({ step: Type.Integer({ multipleOf: 5 }) })],
    ['a record', Type.Object({ labels: Type.Record(Type.String(), Type.String()) })],
  ])('refuses %s, which the error report cannot explain', (_name, schema) => {
    expect(() => schemaRulesOf(schema, 'schema')).toThrow(UnsupportedSchemaError);
  });
});
