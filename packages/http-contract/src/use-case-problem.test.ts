import type { UseCaseError } from '@todo/ports';
import { describe, expect, it } from 'vitest';
import { problemTable } from './error-table.js';
import { useCaseProblem } from './use-case-problem.js';

const samples: UseCaseError[] = [
  { code: 'todo.id-invalid' },
  { code: 'todo.owner-id-invalid', reason: 'empty' },
  { code: 'todo.title-empty' },
  { code: 'todo.title-too-long', maxLength: 50, length: 63 },
  { code: 'todo.title-control-character' },
  { code: 'todo.description-empty' },
  { code: 'todo.description-too-long', maxLength: 1000, length: 1200 },
  { code: 'todo.description-control-character' },
  { code: 'todo.due-date-invalid' },
  { code: 'todo.timestamp-invalid' },
  { code: 'todo.completed-not-editable' },
  { code: 'todo.cannot-uncomplete' },
  { code: 'todo.snapshot-invalid', field: 'title' },
  { code: 'todo.not-found' },
  { code: 'todo.version-mismatch', expectedVersion: 2, actualVersion: 5 },
  { code: 'todo.conflict' },
  { code: 'list.cursor-invalid' },
  { code: 'list.limit-invalid', min: 1, max: 100 },
  { code: 'idempotency.key-invalid' },
  { code: 'idempotency.key-reused' },
  { code: 'store.unavailable' },
];

describe('useCaseProblem', () => {
  it.each(samples)('answers $code with its status from the table', (error) => {
    const response = useCaseProblem(error);

    expect(response.status).toBe(problemTable[error.code].status);
    expect(response.body).toMatchObject({ code: error.code, status: response.status });
  });

  it('explains a too-long title with its lengths and points at the field', () => {
    const response = useCaseProblem({ code: 'todo.title-too-long', maxLength: 50, length: 63 });

    expect(response.body).toMatchObject({
      detail: 'The title has 63 characters; at most 50 are allowed.',
      errors: [{ path: '/body/title', message: expect.stringContaining('63') }],
    });
  });

  it('names both versions of a mismatch', () => {
    const response = useCaseProblem({
      code: 'todo.version-mismatch',
      expectedVersion: 2,
      actualVersion: 5,
    });

    expect(response.body).toMatchObject({ detail: 'The todo is at version 5, not 2.' });
  });

  it('says nothing about corrupt stored data beyond the title', () => {
    const response = useCaseProblem({ code: 'todo.snapshot-invalid', field: 'title' });

    expect(response.body).toMatchObject({ detail: 'Internal error' });
    expect(response.body).not.toHaveProperty('errors');
    expect(response.body).not.toHaveProperty('field');
  });

  it('points an invalid idempotency key at its header', () => {
    const response = useCaseProblem({ code: 'idempotency.key-invalid' });

    expect(response.body).toMatchObject({
      status: 400,
      errors: [{ path: '/headers/idempotency-key', message: expect.stringContaining('1-128') }],
    });
  });

  it('tells a client when to retry after the store failed', () => {
    expect(useCaseProblem({ code: 'store.unavailable' }).headers['retry-after']).toBe('5');
  });
});
