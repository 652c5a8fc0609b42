import { InvalidCursorError, StoreUnavailableError } from '@todo/ports';
import { describe, expect, it } from 'vitest';
import { alice, bob, harness } from './test-support/todo-service-harness.js';
import { toTodoView } from './to-todo-view.js';

describe('listTodos', () => {
  it("returns the owner's todos as views, oldest first, with one repository request", async () => {
    const { todos, seed, journal } = harness();
    const mine = [seed(alice), seed(alice)];
    seed(bob);

    const result = await todos.listTodos({ ownerId: 'alice' });

    expect(result).toEqual({ ok: true, value: { items: mine.map(toTodoView), nextCursor: null } });
    expect(journal).toEqual(['list']);
  });

  it('returns 20 todos when no limit is given', async () => {
    const { todos, seed } = harness();
    const mine = Array.from({ length: 21 }, () => seed(alice));

    const result = await todos.listTodos({ ownerId: 'alice' });

    expect(result.ok && result.value.items).toEqual(mine.slice(0, 20).map(toTodoView));
  });

  it('passes limit, cursor and status on, and follows nextCursor to the next page', async () => {
    const { todos, seed, seedComplete } = harness();
    const open = [seed(alice), seed(alice), seed(alice)];
    seedComplete(alice);

    const first = await todos.listTodos({ ownerId: 'alice', limit: 2, status: 'open' });
    const cursor = first.ok ? (first.value.nextCursor ?? undefined) : undefined;
    const second = await todos.listTodos({
      ownerId: 'alice',
      limit: 2,
      status: 'open',
      ...(cursor === undefined ? {} : { cursor }),
    });

    expect(first).toMatchObject({ ok: true, value: { items: open.slice(0, 2).map(toTodoView) } });
    expect(cursor).toBeDefined();
    expect(second).toEqual({
      ok: true,
      value: { items: open.slice(2).map(toTodoView), nextCursor: null },
    });
  });

  it.each([1, 100])('accepts a limit of %s', async (limit) => {
    const { todos } = harness();

    expect(await todos.listTodos({ ownerId: 'alice', limit })).toMatchObject({ ok: true });
  });

  it.each([0, 101, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses a limit of %s with the bounds, before any request',
    async (limit) => {
      const { todos, journal } = harness();

      const result = await todos.listTodos({ ownerId: 'alice', limit });

      expect(result).toEqual({
        ok: false,
        error: { code: 'list.limit-invalid', min: 1, max: 100 },
      });
      expect(journal).toEqual([]);
    },
  );

  it('checks the owner id before the limit', async () => {
    const { todos } = harness();

    const result = await todos.listTodos({ ownerId: '', limit: 0 });

    expect(result).toMatchObject({ ok: false, error: { code: 'todo.owner-id-invalid' } });
  });

  it('answers list.cursor-invalid for a cursor the repository refuses', async () => {
    const { todos, repository } = harness();
    repository.failNext('list', new InvalidCursorError());

    const result = await todos.listTodos({ ownerId: 'alice', cursor: 'forged' });

    expect(result).toEqual({ ok: false, error: { code: 'list.cursor-invalid' } });
  });

  it('answers store.unavailable when the store is down', async () => {
    const { todos, repository } = harness();
    repository.failNext('list', new StoreUnavailableError('throttled'));

    const result = await todos.listTodos({ ownerId: 'alice' });

    expect(result).toEqual({ ok: false, error: { code: 'store.unavailable' } });
  });
});
