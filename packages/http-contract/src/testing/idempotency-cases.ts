import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectPage, expectProblem, expectTodo } from './expectations.js';
import type { ContractResponse } from './http-client.js';
import type { SuiteContext, TestOwner } from './suite-context.js';

/** What a client sees of a create: everything a replay must repeat exactly. */
const answerOf = (response: ContractResponse) => ({
  status: response.status,
  body: response.body,
  location: response.headers.get('location'),
  etag: response.headers.get('etag'),
  contentType: response.headers.get('content-type'),
});

/** `POST /todos` with an `Idempotency-Key`: one todo per key and body, the same answer each time. */
export const describeIdempotentCreate = (context: () => SuiteContext) => {
  describe('POST /todos with Idempotency-Key', () => {
    const post = (owner: TestOwner, key: string, json: unknown) =>
      context().send('POST', '/todos', {
        token: owner.token,
        json,
        headers: { 'idempotency-key': key },
      });

    const todosOf = async (owner: TestOwner) =>
      expectPage(await context().send('GET', '/todos?limit=100', { token: owner.token })).items;

    it('answers five repetitions in sequence exactly as the first, and creates one todo', async () => {
      const owner = await context().newOwner();
      const key = randomUUID();
      const body = { title: 'Pay rent', description: 'Before the 3rd', dueDate: '2026-12-01' };

      const first = await post(owner, key, body);
      const repeats: ContractResponse[] = [];
      for (let count = 0; count < 5; count += 1) repeats.push(await post(owner, key, body));

      const todo = expectTodo(first, 201);
      expect(first.headers.get('location')).toBe(`/todos/${todo.id}`);
      for (const repeat of repeats) expect(answerOf(repeat)).toEqual(answerOf(first));
      expect(await todosOf(owner)).toEqual([todo]);
      const events = context().server.publishedEvents?.();
      if (events !== undefined) {
        const created = events.filter((event) => event.todoId === todo.id);
        expect(created.map((event) => event.type)).toEqual(['TodoCreated']);
      }
    });

    it('makes one todo of twenty parallel requests, and gives all of them the same answer', async () => {
      const owner = await context().newOwner();
      const key = randomUUID();

      const responses = await Promise.all(
        Array.from({ length: 20 }, () => post(owner, key, { title: 'Book the venue' })),
      );

      const [first, ...others] = responses.map(answerOf);
      expect(first?.status).toBe(201);
      for (const other of others) expect(other).toEqual(first);
      const todos = await todosOf(owner);
      expect(todos).toHaveLength(1);
      expect(todos[0]).toEqual(first?.body);
      const events = context().server.publishedEvents?.();
      if (events !== undefined) {
        const created = events.filter((event) => event.todoId === todos[0]?.id);
        expect(created.map((event) => event.type)).toEqual(['TodoCreated']);
      }
    });

    it.each([
      ['another title', { title: 'Pay the rent' }],
      ['a description', { title: 'Pay rent', description: 'Soon' }],
      ['a due date', { title: 'Pay rent', dueDate: '2026-12-01' }],
    ])(
      'refuses the key with %s: 422 idempotency.key-reused, and creates nothing',
      async (_, body) => {
        const owner = await context().newOwner();
        const key = randomUUID();
        const created = expectTodo(await post(owner, key, { title: 'Pay rent' }), 201);

        const reused = await post(owner, key, body);

        expectProblem(reused, 'idempotency.key-reused', 422);
        expect(await todosOf(owner)).toEqual([created]);
      },
    );

    it('scopes keys to the owner: the same key from another owner creates their own todo', async () => {
      const alice = await context().newOwner();
      const bob = await context().newOwner();
      const key = randomUUID();

      const alices = expectTodo(await post(alice, key, { title: 'Water the plants' }), 201);
      const bobs = expectTodo(await post(bob, key, { title: 'Feed the cat' }), 201);

      expect(bobs.title).toBe('Feed the cat');
      expect(await todosOf(alice)).toEqual([alices]);
      expect(await todosOf(bob)).toEqual([bobs]);
    });

    it('creates a todo per request without the header, as before', async () => {
      const owner = await context().newOwner();
      const body = { title: 'Call mum' };

      await context().createTodo(owner, body);
      await context().createTodo(owner, body);

      expect(await todosOf(owner)).toHaveLength(2);
    });

    it.each([
      ['129 characters', 'k'.repeat(129)],
      ['a space', 'two words'],
    ])('refuses a key of %s with 400 idempotency.key-invalid', async (_, key) => {
      const owner = await context().newOwner();

      const response = await post(owner, key, { title: 'Call mum' });

      const problem = expectProblem(response, 'idempotency.key-invalid', 400);
      expect(problem.errors?.map((error) => error.path)).toEqual(['/headers/idempotency-key']);
      expect(await todosOf(owner)).toEqual([]);
    });

    it('accepts a key of 128 visible ASCII characters', async () => {
      const owner = await context().newOwner();
      const key = `${randomUUID()}!~#`.padEnd(128, '~');

      const first = await post(owner, key, { title: 'Call mum' });
      const again = await post(owner, key, { title: 'Call mum' });

      expectTodo(first, 201);
      expect(answerOf(again)).toEqual(answerOf(first));
    });
  });
};
