import { describe, expect, it } from 'vitest';
import {
  createTodoBodySchema,
  listTodosQuerySchema,
  updateTodoBodySchema,
} from './schemas/request-schemas.js';
import type { Result } from '@todo/domain';
import type { FieldError } from './schemas/problem-schema.js';
import { compileValidator } from './validator.js';

const validateCreate = compileValidator(createTodoBodySchema, 'body');
const validateUpdate = compileValidator(updateTodoBodySchema, 'body');
const validateQuery = compileValidator(listTodosQuerySchema, 'query');

const errorsOf = <T>(result: Result<T, readonly FieldError[]>) => (result.ok ? [] : result.error);

describe('compileValidator', () => {
  it('passes a valid value through unchanged', () => {
    const body = { title: 'x', description: null, dueDate: '2026-12-24' };

    expect(validateCreate(body)).toEqual({ ok: true, value: body });
  });

  it('names each wrong location once, under the request part', () => {
    expect(errorsOf(validateCreate({ title: 5, colour: 'red', dueDate: 1 }))).toEqual([
      { path: '/body/colour', message: 'Unknown field' },
      { path: '/body/title', message: 'Expected string' },
      { path: '/body/dueDate', message: 'Expected string or null' },
    ]);
  });

  it('says a required field is missing', () => {
    expect(errorsOf(validateCreate({}))).toEqual([{ path: '/body/title', message: 'Required' }]);
  });

  it('refuses a body that is not an object at the root', () => {
    expect(errorsOf(validateCreate(undefined))).toEqual([
      { path: '/body', message: 'Expected object' },
    ]);
  });

  it('refuses an empty update', () => {
    expect(errorsOf(validateUpdate({}))).toEqual([
      { path: '/body', message: 'Expected at least one field' },
    ]);
  });

  it('lists the allowed values of an enumeration', () => {
    expect(errorsOf(validateQuery({ status: 'done' }))).toEqual([
      { path: '/query/status', message: 'Expected "open" or "completed"' },
    ]);
  });
});
