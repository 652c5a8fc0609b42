import { instantFromDate, parseTitle, updateTodo } from '@todo/domain';
import { StoreUnavailableError } from '@todo/ports';
import { describe, expect, it } from 'vitest';
import { alice, bob, harness, valid } from './test-support/todo-service-harness.js';
import { toTodoView } from './to-todo-view.js';

describe('completeTodo', () => {
  it('completes the todo with a read and a conditional save, then publishes TodoCompleted', async () => {
    const { todos, seed, events, journal } = harness();
    const todo = seed(alice);

    const result = await todos.completeTodo({ ownerId: 'alice', todoId: todo.id });

    expect(result).toMatchObject({ ok: true, value: { completed: true, version: 2 } });
    expect(journal).toEqual(['get', 'save', 'publish TodoCompleted']);
    const completedAt = result.ok ? result.value.completedAt : null;
    expect(events.events).toEqual([
      expect.objectContaining({ type: 'TodoCompleted', version: 2, occurredAt: completedAt }),
    ]);
  });

  it('returns a complete todo as it is, without saving or publishing', async () => {
    const { todos, seedComplete, journal } = harness();
    const todo = seedComplete(alice);

    const result = await todos.completeTodo({ ownerId: 'alice', todoId: todo.id });

    expect(result).toEqual({ ok: true, value: toTodoView(todo) });
    expect(journal).toEqual(['get']);
  });

  it("answers todo.not-found for another owner's todo and leaves it open", async () => {
    const { todos, seed, repository } = harness();
    const bobs = seed(bob);

    const result = await todos.completeTodo({ ownerId: 'alice', todoId: bobs.id });

    expect(result).toEqual({ ok: false, error: { code: 'todo.not-found' } });
    expect(repository.stored('bob', bobs.id)?.status).toBe('incomplete');
  });

  it.each([
    [{ ownerId: '', todoId: '' }, 'todo.owner-id-invalid'],
    [{ ownerId: 'alice', todoId: 'no/slashes' }, 'todo.id-invalid'],
  ])('refuses %j with %s, before any request', async (command, code) => {
    const { todos, journal } = harness();

    expect(await todos.completeTodo(command)).toMatchObject({ ok: false, error: { code } });
    expect(journal).toEqual([]);
  });

  it('answers todo.version-mismatch when the todo is not at the expected version', async () => {
    const { todos, seed, journal } = harness();
    const todo = seed(alice);

    const result = await todos.completeTodo({
      ownerId: 'alice',
      todoId: todo.id,
      expectedVersion: 7,
    });

    expect(result).toEqual({
      ok: false,
      error: { code: 'todo.version-mismatch', expectedVersion: 7, actualVersion: 1 },
    });
    expect(journal).toEqual(['get']);
  });

  it('completes the fresh version after losing a race to an edit', async () => {
    const { todos, seed, repository, journal } = harness();
    const todo = seed(alice);
    const later = instantFromDate(new Date('2026-06-01T00:00:00.000Z'));
    const edit = valid(updateTodo(todo, { title: valid(parseTitle('Edited meanwhile')) }, later));
    repository.beforeNext('save', () => repository.seed(edit.todo));

    const result = await todos.completeTodo({ ownerId: 'alice', todoId: todo.id });

    expect(result).toMatchObject({
      ok: true,
      value: { title: 'Edited meanwhile', completed: true, version: 3 },
    });
    expect(journal).toEqual(['get', 'save', 'get', 'save', 'publish TodoCompleted']);
  });

  it('answers store.unavailable when the store is down', async () => {
    const { todos, seed, repository, events } = harness();
    const todo = seed(alice);
    repository.failNext('save', new StoreUnavailableError('throttled'));

    const result = await todos.completeTodo({ ownerId: 'alice', todoId: todo.id });

    expect(result).toEqual({ ok: false, error: { code: 'store.unavailable' } });
    expect(events.events).toEqual([]);
  });
});
