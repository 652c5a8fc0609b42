import { CorruptTodoError, StoreUnavailableError } from '@todo/ports';
import { describe, expect, it } from 'vitest';
import { alice, bob, clockStart, harness } from './test-support/todo-service-harness.js';

describe('deleteTodo', () => {
  it('removes the todo with one repository request, then publishes TodoDeleted', async () => {
    const { todos, seed, repository, events, journal } = harness();
    const todo = seed(alice);

    const result = await todos.deleteTodo({ ownerId: 'alice', todoId: todo.id });

    expect(result).toEqual({ ok: true, value: undefined });
    expect(journal).toEqual(['delete', 'publish TodoDeleted']);
    expect(repository.stored('alice', todo.id)).toBeUndefined();
    expect(events.events).toEqual([
      expect.objectContaining({
        type: 'TodoDeleted',
        todoId: todo.id,
        ownerId: 'alice',
        version: todo.version + 1,
      }),
    ]);
  });

  it('dates the event by the clock at deletion time', async () => {
    const { todos, seed, events } = harness();
    const todo = seed(alice);

    await todos.deleteTodo({ ownerId: 'alice', todoId: todo.id });

    // The seed read the clock once (at clockStart); the deletion reads it next, a second later.
    const expected = new Date(clockStart.getTime() + 1000).toISOString();
    expect(events.events[0]?.occurredAt).toBe(expected);
  });

  it('removes the todo when it is at the expected version', async () => {
    const { todos, seedComplete, repository } = harness();
    const todo = seedComplete(alice);

    const result = await todos.deleteTodo({
      ownerId: 'alice',
      todoId: todo.id,
      expectedVersion: 2,
    });

    expect(result).toEqual({ ok: true, value: undefined });
    expect(repository.stored('alice', todo.id)).toBeUndefined();
  });

  it('answers todo.version-mismatch and keeps the todo when it has moved on', async () => {
    const { todos, seedComplete, repository, events } = harness();
    const todo = seedComplete(alice);

    const result = await todos.deleteTodo({
      ownerId: 'alice',
      todoId: todo.id,
      expectedVersion: 1,
    });

    expect(result).toEqual({
      ok: false,
      error: { code: 'todo.version-mismatch', expectedVersion: 1, actualVersion: 2 },
    });
    expect(repository.stored('alice', todo.id)).toBe(todo);
    expect(events.events).toEqual([]);
  });

  it("answers todo.not-found for a missing todo and for another owner's, which survives", async () => {
    const { todos, seed, repository, journal } = harness();
    const bobs = seed(bob);

    const missing = await todos.deleteTodo({ ownerId: 'alice', todoId: 'gone' });
    const foreign = await todos.deleteTodo({ ownerId: 'alice', todoId: bobs.id });

    expect(missing).toEqual({ ok: false, error: { code: 'todo.not-found' } });
    expect(foreign).toEqual({ ok: false, error: { code: 'todo.not-found' } });
    expect(repository.stored('bob', bobs.id)).toBe(bobs);
    expect(journal).toEqual(['delete', 'delete']);
  });

  it.each([
    [{ ownerId: '', todoId: 'x' }, 'todo.owner-id-invalid'],
    [{ ownerId: 'alice', todoId: 'x'.repeat(65) }, 'todo.id-invalid'],
  ])('refuses %j with %s, before any request', async (command, code) => {
    const { todos, journal } = harness();

    expect(await todos.deleteTodo(command)).toMatchObject({ ok: false, error: { code } });
    expect(journal).toEqual([]);
  });

  it('answers store.unavailable when the store is down', async () => {
    const { todos, seed, repository } = harness();
    const todo = seed(alice);
    repository.failNext('delete', new StoreUnavailableError('throttled'));

    const result = await todos.deleteTodo({ ownerId: 'alice', todoId: todo.id });

    expect(result).toEqual({ ok: false, error: { code: 'store.unavailable' } });
  });

  it('rethrows a corrupt item', async () => {
    const { todos, seed, repository } = harness();
    const todo = seed(alice);
    const corrupt = new CorruptTodoError(todo.id, 'title');
    repository.failNext('delete', corrupt);

    await expect(todos.deleteTodo({ ownerId: 'alice', todoId: todo.id })).rejects.toBe(corrupt);
  });
});
