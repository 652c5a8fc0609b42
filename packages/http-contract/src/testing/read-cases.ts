import { describe, expect, it } from 'vitest';
import type { TodoViewBody } from '../schemas/todo-view-schema.js';
import { expectInvalidRequest, expectPage, expectProblem, expectTodo } from './expectations.js';
import type { SuiteContext, TestOwner } from './suite-context.js';

/** `GET /todos` and `GET /todos/{id}`: reading, owner isolation and pagination. */
export const describeRead = (context: () => SuiteContext) => {
  const list = (owner: TestOwner, query = '') =>
    context().send('GET', `/todos${query}`, { token: owner.token });

  /** Follows `nextCursor` until it is null; returns every page. */
  const allPages = async (owner: TestOwner, parameters: Record<string, string>) => {
    const pages: TodoViewBody[][] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ ...parameters, ...(cursor === null ? {} : { cursor }) });
      const page = expectPage(await list(owner, `?${query.toString()}`));
      pages.push([...page.items]);
      cursor = page.nextCursor;
    } while (cursor !== null && pages.length < 20);
    return pages;
  };

  const createMany = async (owner: TestOwner, count: number) => {
    const todos: TodoViewBody[] = [];
    for (let n = 1; n <= count; n += 1)
      todos.push(await context().createTodo(owner, { title: `Todo ${n}` }));
    return todos;
  };

  describe('GET /todos', () => {
    it('is an empty page for an owner without todos', async () => {
      const owner = await context().newOwner();

      const page = expectPage(await list(owner));

      expect(page).toEqual({ items: [], nextCursor: null });
    });

    it("lists only the caller's todos, oldest first", async () => {
      const alice = await context().newOwner();
      const bob = await context().newOwner();
      const first = await context().createTodo(alice, { title: 'First' });
      const second = await context().createTodo(alice, { title: 'Second' });
      await context().createTodo(bob, { title: "Bob's" });

      const page = expectPage(await list(alice));

      expect(page).toEqual({ items: [first, second], nextCursor: null });
    });

    it('returns 20 todos by default and the rest on the next page', async () => {
      const owner = await context().newOwner();
      const todos = await createMany(owner, 21);

      const pages = await allPages(owner, {});

      expect(pages.map((page) => page.length)).toEqual([20, 1]);
      expect(pages.flat().map((todo) => todo.id)).toEqual(todos.map((todo) => todo.id));
    });

    it('pages through the status filter with a small limit, each todo once, in order', async () => {
      const owner = await context().newOwner();
      const todos = await createMany(owner, 5);
      for (const todo of [todos[1], todos[3]]) {
        const done = await context().send('PATCH', `/todos/${todo?.id}`, {
          token: owner.token,
          json: { completed: true },
        });
        expectTodo(done, 200);
      }
      const ids = (indexes: number[]) => indexes.map((index) => todos[index]?.id);

      const open = await allPages(owner, { status: 'open', limit: '2' });
      const completed = await allPages(owner, { status: 'completed', limit: '2' });
      const all = await allPages(owner, { limit: '2' });

      expect(open.flat().map((todo) => todo.id)).toEqual(ids([0, 2, 4]));
      expect(open.flat().every((todo) => !todo.completed)).toBe(true);
      expect(completed.flat().map((todo) => todo.id)).toEqual(ids([1, 3]));
      expect(completed.flat().every((todo) => todo.completed)).toBe(true);
      expect(all.flat().map((todo) => todo.id)).toEqual(ids([0, 1, 2, 3, 4]));
      expect(all.every((page) => page.length <= 2)).toBe(true);
    });

    it.each([
      ['limit=0', ['/query/limit']],
      ['limit=101', ['/query/limit']],
      ['limit=abc', ['/query/limit']],
      ['limit=1.5', ['/query/limit']],
      ['limit=', ['/query/limit']],
      ['status=done', ['/query/status']],
      ['cursor=', ['/query/cursor']],
      ['colour=red', ['/query/colour']],
      ['__proto__=x&limit=5', ['/query/__proto__']],
    ])('refuses ?%s with 400 request.invalid', async (query, paths) => {
      const owner = await context().newOwner();

      expectInvalidRequest(await list(owner, `?${query}`), paths);
    });

    it('accepts limit=1 and limit=100', async () => {
      const owner = await context().newOwner();
      await createMany(owner, 2);

      const one = expectPage(await list(owner, '?limit=1'));
      const hundred = expectPage(await list(owner, '?limit=100'));

      expect(one.items).toHaveLength(1);
      expect(one.nextCursor).not.toBeNull();
      expect(hundred.items).toHaveLength(2);
    });

    it('refuses a made-up cursor with 400 list.cursor-invalid', async () => {
      const owner = await context().newOwner();

      const response = await list(owner, '?cursor=not-a-cursor');

      expectProblem(response, 'list.cursor-invalid', 400);
    });

    it("refuses another owner's cursor with 400 list.cursor-invalid", async () => {
      const alice = await context().newOwner();
      const bob = await context().newOwner();
      await createMany(alice, 2);
      const page = expectPage(await list(alice, '?limit=1'));

      const response = await list(
        bob,
        `?limit=1&cursor=${encodeURIComponent(page.nextCursor ?? '')}`,
      );

      expectProblem(response, 'list.cursor-invalid', 400);
    });
  });

  describe('GET /todos/{id}', () => {
    it('returns the todo with its ETag', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'Read me' });

      const response = await context().send('GET', `/todos/${todo.id}`, { token: owner.token });

      expect(expectTodo(response, 200)).toEqual(todo);
    });

    it("answers 404 todo.not-found for another owner's todo", async () => {
      const alice = await context().newOwner();
      const bob = await context().newOwner();
      const todo = await context().createTodo(alice, { title: 'Private' });

      const response = await context().send('GET', `/todos/${todo.id}`, { token: bob.token });

      expectProblem(response, 'todo.not-found', 404);
    });

    it('answers 404 todo.not-found for an id that was never used', async () => {
      const owner = await context().newOwner();

      const response = await context().send('GET', '/todos/never-used-id', { token: owner.token });

      expectProblem(response, 'todo.not-found', 404);
    });

    it.each(['a.b', 'x'.repeat(65)])(
      'answers 404 todo.id-invalid for the malformed id %s',
      async (id) => {
        const owner = await context().newOwner();

        const response = await context().send('GET', `/todos/${id}`, { token: owner.token });

        expectProblem(response, 'todo.id-invalid', 404);
      },
    );
  });
};
