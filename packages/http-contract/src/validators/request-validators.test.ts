import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTodoBodySchema,
  listTodosQuerySchema,
  updateTodoBodySchema,
} from '../schemas/request-schemas.js';
import { compileValidator } from '../validator.js';
import {
  validateCreateTodoBody,
  validateListTodosQuery,
  validateUpdateTodoBody,
} from './request-validators.js';

// The generated validators must answer exactly as TypeBox compiled at run time does, including
// every `errors[]` path and message. `compileValidator` is that reference.
const pairs = [
  {
    name: 'validateCreateTodoBody',
    generated: validateCreateTodoBody,
    reference: compileValidator(createTodoBodySchema, 'body'),
    keys: ['title', 'description', 'dueDate'],
  },
  {
    name: 'validateUpdateTodoBody',
    generated: validateUpdateTodoBody,
    reference: compileValidator(updateTodoBodySchema, 'body'),
    keys: ['title', 'description', 'dueDate', 'completed'],
  },
  {
    name: 'validateListTodosQuery',
    generated: validateListTodosQuery,
    reference: compileValidator(listTodosQuerySchema, 'query'),
    keys: ['limit', 'cursor', 'status'],
  },
] as const;

// Values near the schemas' edges, where the two could disagree: bounds, literals, empty strings,
// null, undefined, non-finite numbers.
const fieldValue = fc.oneof(
  fc.constantFrom('', 'x', 'open', 'completed', 'Open', null, undefined, true, false),
  fc.constantFrom(0, 1, 20, 100, 101, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY),
  fc.string(),
  fc.integer({ min: -10, max: 200 }),
  fc.anything(),
);

// Objects with some of the schema's keys, maybe unknown ones (including JSON Pointer escapes),
// and now and then something that is not an object at all.
const candidate = (keys: readonly string[]) =>
  fc.oneof(
    fc
      .tuple(
        fc.dictionary(fc.constantFrom(...keys), fieldValue),
        fc.dictionary(fc.constantFrom('colour', 'a/b', 'c~d', 'ownerId', ...keys), fieldValue, {
          maxKeys: 3,
        }),
      )
      .map(([known, extra]) => ({ ...extra, ...known })),
    fc.dictionary(fc.string(), fc.anything(), { maxKeys: 25 }),
    fc.anything(),
    fc.array(fieldValue),
  );

describe.each(pairs)('$name', ({ generated, reference, keys }) => {
  it('answers every value as the validator TypeBox compiles at run time', () => {
    fc.assert(
      fc.property(candidate(keys), (value) => {
        expect(generated(value)).toEqual(reference(value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the generated validators', () => {
  it('name each wrong location once, with the messages clients already see', () => {
    const result = validateCreateTodoBody({ title: 5, colour: 'red', dueDate: 1 });

    expect(result).toEqual({
      ok: false,
      error: [
        { path: '/body/colour', message: 'Unknown field' },
        { path: '/body/title', message: 'Expected string' },
        { path: '/body/dueDate', message: 'Expected string or null' },
      ],
    });
  });

  it('stop at 20 locations', () => {
    const unknownFields = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [`field${index}`, index]),
    );

    const result = validateUpdateTodoBody(unknownFields);

    expect(result.ok ? [] : result.error).toHaveLength(20);
  });

  it('explain a bound and an enumeration of the query', () => {
    expect(validateListTodosQuery({ limit: 0, status: 'done' })).toEqual({
      ok: false,
      error: [
        { path: '/query/limit', message: 'Expected integer to be greater or equal to 1' },
        { path: '/query/status', message: 'Expected "open" or "completed"' },
      ],
    });
  });
});
