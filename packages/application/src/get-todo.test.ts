import { CorruptTodoError, StoreUnavailableError } from '@todo/ports';
import { describe, expect, it } from 'vitest';
import { alice, bob, harness } from './test-support/todo-service-harness.js';
import { toTodoView } from './to-todo-view.js';

describe('getTodo', () => {
  it("returns the owner's todo with one repository request", async () => {
    const { todos, seed, journal } = harness();
    const todo = seed(alice, { title: 'Book dentist' });

    const result = await todos.getTodo({ ownerId: 'alice', todoId: todo.id });

    expect(result).toEqual({ ok: true, value: toTodoView(todo) });
    expect(journal).toEqual(['get']);
  });

  it('answers todo.not-found for an id that does not exist', async () => {
    const { todos } = harness();

    const result = await todos.getTodo({ ownerId: 'alice', todoId: 'missing' });

    expect(result).toEqual({ ok: false, error: { code: 'todo.not-found' } });
  });

  it("answers todo.not-found, not forbidden, for another owner's todo", async () => {
    const { todos, seed } = harness();
    const bobs = seed(bob);

    const result = await todos.getTodo({ ownerId: 'alice', todoId: bobs.id });

    expect(result).toEqual({ ok: false, error: { code: 'todo.not-found' } });
  });

  it.each([
    [{ ownerId: '', todoId: 'bad id!' }, 'todo.owner-id-invalid'],
    [{ ownerId: 'alice', todoId: 'bad id!' }, 'todo.id-invalid'],
    [{ ownerId: 'alice', todoId: '' }, 'todo.id-invalid'],
  ])('refuses %j with %s, before any request', async (query, code) => {
    const { todos, journal } = harness();

    expect(await todos.getTodo(query)).toMatchObject({ ok: false, error: { code } });
    expect(journal).toEqual([]);
  });

  it('answers store.unavailable when the store is down', async () => {
    const { todos, repository } = harness();
    repository.failNext('get', new StoreUnavailableError('throttled'));

    const result = await todos.getTodo({ ownerId: 'alice', todoId: 'seed-0000000001' });

    expect(result).toEqual({ ok: false, error: { code: 'store.unavailable' } });
  });

  it.each([new CorruptTodoError('seed-0000000001', 'title'), new Error('socket hang up')])(
    'rethrows %s',
    async (failure) => {
      const { todos, repository } = harness();
      repository.failNext('get', failure);

      await expect(todos.getTodo({ ownerId: 'alice', todoId: 'seed-0000000001' })).rejects.toBe(
        failure,
      );
    },
  );
});
