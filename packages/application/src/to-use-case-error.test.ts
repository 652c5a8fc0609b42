import {
  CorruptTodoError,
  InvalidCursorError,
  StoreUnavailableError,
  TodoAlreadyExistsError,
  TodoNotFoundError,
  VersionConflictError,
} from '@todo/ports';
import { describe, expect, it } from 'vitest';
import { fromRepository, toUseCaseError } from './to-use-case-error.js';

describe('toUseCaseError', () => {
  it.each([
    [new StoreUnavailableError('timed out'), { code: 'store.unavailable' }],
    [new TodoNotFoundError('t1'), { code: 'todo.not-found' }],
    [new InvalidCursorError(), { code: 'list.cursor-invalid' }],
    [
      new VersionConflictError('t1', 2, 3),
      { code: 'todo.version-mismatch', expectedVersion: 2, actualVersion: 3 },
    ],
    [
      new VersionConflictError('t1', 2, null),
      { code: 'todo.version-mismatch', expectedVersion: 2, actualVersion: null },
    ],
  ])('maps %s', (error, expected) => {
    expect(toUseCaseError(error)).toEqual(expected);
  });

  it.each([
    new CorruptTodoError('t1', 'title'),
    new TodoAlreadyExistsError('t1'),
    new TypeError('undefined is not a function'),
    'a thrown string',
  ])('rethrows %s, which no client can fix', (error) => {
    let thrown: unknown;
    try {
      toUseCaseError(error);
    } catch (caught) {
      thrown = caught;
    }

    expect(thrown).toBe(error);
  });
});

describe('fromRepository', () => {
  it('wraps the value of a call that succeeds', async () => {
    expect(await fromRepository(async () => 42)).toEqual({ ok: true, value: 42 });
  });

  it('returns a known failure as a value', async () => {
    const result = await fromRepository(async () => {
      throw new StoreUnavailableError('throttled');
    });

    expect(result).toEqual({ ok: false, error: { code: 'store.unavailable' } });
  });

  it('lets an unknown failure through', async () => {
    const failure = new Error('socket hang up');

    await expect(
      fromRepository(async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
  });
});
