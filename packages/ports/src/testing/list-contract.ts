import type { Todo } from '@todo/domain';
import { describe, expect, it } from 'vitest';
import type { TodoRepository } from '../todo-repository.js';
import {
  completed,
  createMany,
  idsOf,
  listAllPages,
  newTodo,
  nextTodoId,
  uniqueOwner,
} from './contract-fixtures.js';

/** The contract of `list`: order, pages and the status filter. */
export const describeListContract = (repository: () => TodoRepository): void => {
  describe('list', () => {
    it('returns an empty page with no cursor for an owner without todos', async () => {
      const page = await repository().list(uniqueOwner(), { limit: 10 });

      expect(page).toEqual({ items: [], nextCursor: null });
    });

    it('returns todos in creation order, oldest first', async () => {
      const ownerId = uniqueOwner();
      const todos = await createMany(repository(), ownerId, 5);

      const page = await repository().list(ownerId, { limit: 10 });

      expect(page.items).toEqual(todos);
      expect(page.nextCursor).toBeNull();
    });

    it('orders by id, not by the order the todos were written in', async () => {
      const ownerId = uniqueOwner();
      const [older, newer] = [nextTodoId(), nextTodoId()];
      await repository().create(newTodo(ownerId, { id: newer }));
      await repository().create(newTodo(ownerId, { id: older }));

      const page = await repository().list(ownerId, { limit: 10 });

      expect(idsOf(page.items)).toEqual([older, newer]);
    });

    it('splits 7 todos into pages of 3, 3 and 1 without skipping or repeating any', async () => {
      const ownerId = uniqueOwner();
      const todos = await createMany(repository(), ownerId, 7);

      const pages = await listAllPages(repository(), ownerId, { limit: 3 });

      expect(pages.map((page) => page.items.length)).toEqual([3, 3, 1]);
      expect(pages.map((page) => page.nextCursor === null)).toEqual([false, false, true]);
      expect(pages.flatMap((page) => page.items)).toEqual(todos);
    });

    it('ends on a full last page with no cursor when the count is a multiple of the limit', async () => {
      const ownerId = uniqueOwner();
      const todos = await createMany(repository(), ownerId, 6);

      const pages = await listAllPages(repository(), ownerId, { limit: 3 });

      expect(pages.map((page) => page.items.length)).toEqual([3, 3]);
      expect(pages.flatMap((page) => page.items)).toEqual(todos);
    });

    it('returns one page with no cursor when the limit exceeds the count', async () => {
      const ownerId = uniqueOwner();
      const todos = await createMany(repository(), ownerId, 4);

      const page = await repository().list(ownerId, { limit: 100 });

      expect(page).toEqual({ items: todos, nextCursor: null });
    });

    it("lists only the owner's todos", async () => {
      const ownerId = uniqueOwner('owner');
      const neighbour = uniqueOwner('neighbour');
      const todos = await createMany(repository(), ownerId, 2);
      await createMany(repository(), neighbour, 3);

      const page = await repository().list(ownerId, { limit: 10 });

      expect(page.items).toEqual(todos);
    });
  });

  describe('list with a status filter', () => {
    // Seven todos, of which the 2nd, 3rd, 5th and 7th are complete: the filters must skip runs of
    // both kinds in the middle of a page and across page boundaries. The port promises at most
    // `limit` items a page, so a store that filters after reading may return shorter pages; what
    // it may not do is skip, repeat or mix in the other kind.
    const completedPositions = new Set([1, 2, 4, 6]);
    const seedMixed = async (ownerId: Todo['ownerId']) => {
      const todos: Todo[] = [];
      for (const [index, todo] of (await createMany(repository(), ownerId, 7)).entries()) {
        if (!completedPositions.has(index)) {
          todos.push(todo);
          continue;
        }
        const done = completed(todo);
        await repository().save(done, todo.version);
        todos.push(done);
      }
      return todos;
    };

    it("'open' returns only incomplete todos, in order, page by page", async () => {
      const ownerId = uniqueOwner();
      const todos = await seedMixed(ownerId);
      const open = todos.filter((todo) => todo.status === 'incomplete');

      const pages = await listAllPages(repository(), ownerId, { limit: 2, status: 'open' });

      expect(pages.every((page) => page.items.length <= 2)).toBe(true);
      expect(pages.flatMap((page) => page.items)).toEqual(open);
    });

    it("'completed' returns only complete todos, in order, page by page", async () => {
      const ownerId = uniqueOwner();
      const todos = await seedMixed(ownerId);
      const done = todos.filter((todo) => todo.status === 'complete');

      const pages = await listAllPages(repository(), ownerId, { limit: 3, status: 'completed' });

      expect(pages.every((page) => page.items.length <= 3)).toBe(true);
      expect(pages.flatMap((page) => page.items)).toEqual(done);
    });

    it('no filter returns both kinds', async () => {
      const ownerId = uniqueOwner();
      const todos = await seedMixed(ownerId);

      const pages = await listAllPages(repository(), ownerId, { limit: 4 });

      expect(pages.flatMap((page) => page.items)).toEqual(todos);
    });

    it('moves a todo from open to completed when it is completed', async () => {
      const ownerId = uniqueOwner();
      const todo = newTodo(ownerId);
      await repository().create(todo);
      const openBefore = await repository().list(ownerId, { limit: 10, status: 'open' });
      const completedBefore = await repository().list(ownerId, { limit: 10, status: 'completed' });

      const done = completed(todo);
      await repository().save(done, todo.version);

      expect(openBefore.items).toEqual([todo]);
      expect(completedBefore.items).toEqual([]);
      expect(await repository().list(ownerId, { limit: 10, status: 'open' })).toEqual({
        items: [],
        nextCursor: null,
      });
      expect(await repository().list(ownerId, { limit: 10, status: 'completed' })).toEqual({
        items: [done],
        nextCursor: null,
      });
    });
  });
};
