import type { Result } from '@todo/domain';
import {
  InvalidCursorError,
  StoreUnavailableError,
  useCaseErrorCodes,
  VersionConflictError,
  type UseCaseError,
} from '@todo/ports';
import { RecordingEventPublisher, fixedClock, sequentialIds } from '@todo/ports/testing';
import { describe, expect, it } from 'vitest';
import { FakeTodoRepository } from './test-support/fake-todo-repository.js';
import { alice, bob, harness } from './test-support/todo-service-harness.js';
import { createTodoService } from './todo-service.js';

describe('createTodoService', () => {
  it.each([-1, 1.5, Number.NaN])('refuses maxConflictRetries = %s at build time', (value) => {
    expect(() =>
      createTodoService({
        repository: new FakeTodoRepository(),
        events: new RecordingEventPublisher(),
        clock: fixedClock(),
        ids: sequentialIds(),
        maxConflictRetries: value,
      }),
    ).toThrow(RangeError);
  });

  it('makes the documented number of repository requests per use case', async () => {
    const { todos, seed, journal } = harness();
    const requestsOf = async (run: () => Promise<unknown>) => {
      journal.length = 0;
      await run();
      return journal.filter((entry) => !entry.startsWith('publish')).length;
    };
    const todo = seed(alice);
    const other = seed(alice);

    const counts = {
      create: await requestsOf(() => todos.createTodo({ ownerId: 'alice', title: 'New' })),
      get: await requestsOf(() => todos.getTodo({ ownerId: 'alice', todoId: todo.id })),
      list: await requestsOf(() => todos.listTodos({ ownerId: 'alice' })),
      update: await requestsOf(() =>
        todos.updateTodo({ ownerId: 'alice', todoId: todo.id, title: 'Edited' }),
      ),
      complete: await requestsOf(() => todos.completeTodo({ ownerId: 'alice', todoId: todo.id })),
      delete: await requestsOf(() => todos.deleteTodo({ ownerId: 'alice', todoId: other.id })),
    };

    expect(counts).toEqual({ create: 1, get: 1, list: 1, update: 2, complete: 2, delete: 1 });
  });

  it('returns only codes listed in useCaseErrorCodes, from every use case', async () => {
    const { todos, seed, seedComplete, repository } = harness({ maxConflictRetries: 0 });
    const open = seed(alice);
    const done = seedComplete(alice);
    const bobs = seed(bob);

    const failures: Array<() => Promise<Result<unknown, UseCaseError>>> = [
      () => todos.createTodo({ ownerId: '', title: 'x' }),
      () => todos.createTodo({ ownerId: 'alice', title: '' }),
      () => todos.createTodo({ ownerId: 'alice', title: 'x'.repeat(51) }),
      () => todos.createTodo({ ownerId: 'alice', title: 'a\u0000b' }),
      () => todos.createTodo({ ownerId: 'alice', title: 'x', description: '' }),
      () => todos.createTodo({ ownerId: 'alice', title: 'x', description: 'y'.repeat(1001) }),
      () => todos.createTodo({ ownerId: 'alice', title: 'x', description: '\u0000' }),
      () => todos.createTodo({ ownerId: 'alice', title: 'x', dueDate: 'soon' }),
      () => todos.createTodo({ ownerId: 'alice', title: 'x', idempotencyKey: 'not valid' }),
      async () => {
        await todos.createTodo({ ownerId: 'alice', title: 'x', idempotencyKey: 'k' });
        return todos.createTodo({ ownerId: 'alice', title: 'y', idempotencyKey: 'k' });
      },
      () => todos.getTodo({ ownerId: 'alice', todoId: '' }),
      () => todos.getTodo({ ownerId: 'alice', todoId: bobs.id }),
      async () => {
        repository.failNext('get', new StoreUnavailableError('down'));
        return todos.getTodo({ ownerId: 'alice', todoId: open.id });
      },
      () => todos.listTodos({ ownerId: 'alice', limit: 0 }),
      async () => {
        repository.failNext('list', new InvalidCursorError());
        return todos.listTodos({ ownerId: 'alice', cursor: 'x' });
      },
      () => todos.updateTodo({ ownerId: 'alice', todoId: done.id, title: 'Edit' }),
      () => todos.updateTodo({ ownerId: 'alice', todoId: done.id, completed: false }),
      () => todos.updateTodo({ ownerId: 'alice', todoId: open.id, title: 'x', expectedVersion: 9 }),
      async () => {
        repository.failNext('save', new VersionConflictError(open.id, 1, 2));
        return todos.updateTodo({ ownerId: 'alice', todoId: open.id, title: 'Lost' });
      },
      () => todos.completeTodo({ ownerId: 'alice', todoId: 'missing' }),
      () => todos.deleteTodo({ ownerId: 'alice', todoId: done.id, expectedVersion: 1 }),
    ];

    const codes: string[] = [];
    for (const failure of failures) {
      const result = await failure();
      codes.push(result.ok ? 'unexpected success' : result.error.code);
    }

    const known: readonly string[] = useCaseErrorCodes;
    expect(codes.filter((code) => !known.includes(code))).toEqual([]);
    // The table reaches every code but the two that only parsing a stored todo can produce.
    expect(new Set(codes)).toEqual(
      new Set(
        useCaseErrorCodes.filter(
          (code) => code !== 'todo.snapshot-invalid' && code !== 'todo.timestamp-invalid',
        ),
      ),
    );
  });
});
