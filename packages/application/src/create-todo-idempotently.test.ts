import type { OwnerId } from '@todo/domain';
import { StoreUnavailableError } from '@todo/ports';
import { RecordingEventPublisher, fixedClock, sequentialIds } from '@todo/ports/testing';
import { describe, expect, it } from 'vitest';
import { FakeTodoRepository } from './test-support/fake-todo-repository.js';
import { alice, bob, clockStart, harness } from './test-support/todo-service-harness.js';
import { createTodoService } from './todo-service.js';

const dayInSeconds = 24 * 60 * 60;
const create = { ownerId: 'alice', title: 'Buy milk', idempotencyKey: 'key-1' };

/** A clock that stands still until a test moves it. */
const settableClock = (start: Date) => {
  let current = start;
  return {
    now: () => current,
    advance(seconds: number) {
      current = new Date(current.getTime() + seconds * 1000);
    },
  };
};

/** The todos stored for `ownerId`, through the fake's list. */
const todosOf = async (repository: FakeTodoRepository, ownerId: OwnerId) =>
  (await repository.list(ownerId, { limit: 100 })).items;

describe('createTodo with an idempotency key', () => {
  it('claims the key, creates the todo, completes the record, then publishes: three requests', async () => {
    const { todos, idempotency, repository, events, journal } = harness();

    const result = await todos.createTodo(create);

    expect(result).toMatchObject({ ok: true, value: { title: 'Buy milk', version: 1 } });
    expect(journal).toEqual(['claim', 'create', 'complete', 'publish TodoCreated']);
    expect(events.events).toEqual([
      expect.objectContaining({
        type: 'TodoCreated',
        todoId: result.ok ? result.value.id : 'not created',
        ownerId: 'alice',
        version: 1,
        occurredAt: clockStart.toISOString(),
      }),
    ]);
    const id = result.ok ? result.value.id : 'not created';
    expect(repository.stored('alice', id)).toMatchObject({ title: 'Buy milk' });
    expect(idempotency.stored('alice', 'key-1')).toMatchObject({
      state: 'completed',
      todoId: id,
      response: result.ok ? result.value : null,
      expiresAt: new Date(clockStart.getTime() + dayInSeconds * 1000),
    });
  });

  it('answers five repetitions in sequence with the first answer, from the record alone', async () => {
    const { todos, repository, events, journal } = harness();
    const first = await todos.createTodo(create);
    journal.length = 0;

    const repeats = [];
    for (let count = 0; count < 5; count += 1) repeats.push(await todos.createTodo(create));

    for (const repeat of repeats) expect(repeat).toEqual(first);
    expect(journal).toEqual(['claim', 'claim', 'claim', 'claim', 'claim']);
    expect(await todosOf(repository, alice)).toHaveLength(1);
    expect(events.events.map((event) => event.type)).toEqual(['TodoCreated']);
  });

  it('makes one todo of twenty parallel requests, and gives all of them the same answer', async () => {
    const { todos, repository, events } = harness();

    const results = await Promise.all(Array.from({ length: 20 }, () => todos.createTodo(create)));

    expect(results[0]).toMatchObject({ ok: true });
    for (const result of results) expect(result).toEqual(results[0]);
    expect(await todosOf(repository, alice)).toHaveLength(1);
    expect(events.events.map((event) => event.type)).toEqual(['TodoCreated']);
  });

  it('refuses the key with another title, description or due date, and creates nothing', async () => {
    const { todos, repository, journal } = harness();
    await todos.createTodo(create);
    journal.length = 0;

    const others = [
      { ...create, title: 'Buy oat milk' },
      { ...create, description: 'Two litres' },
      { ...create, dueDate: '2026-12-24' },
    ];
    for (const other of others) {
      expect(await todos.createTodo(other)).toEqual({
        ok: false,
        error: { code: 'idempotency.key-reused' },
      });
    }
    expect(journal).toEqual(['claim', 'claim', 'claim']);
    expect(await todosOf(repository, alice)).toHaveLength(1);
  });

  it('counts requests that parse to the same todo as the same request', async () => {
    const { todos } = harness();
    const first = await todos.createTodo({ ...create, description: null });

    const again = await todos.createTodo({ ...create, title: '  Buy milk ', dueDate: null });

    expect(again).toEqual(first);
  });

  it('scopes keys to the owner: the same key makes each owner their own todo', async () => {
    const { todos, repository } = harness();

    const alices = await todos.createTodo(create);
    const bobs = await todos.createTodo({ ...create, ownerId: 'bob', title: 'Buy bread' });

    expect(bobs).toMatchObject({ ok: true, value: { title: 'Buy bread' } });
    expect(alices.ok && bobs.ok && alices.value.id !== bobs.value.id).toBe(true);
    expect(await todosOf(repository, bob)).toHaveLength(1);
  });

  it('remembers a key for the TTL, and lets it make a new todo once it expired', async () => {
    const clock = settableClock(clockStart);
    const { todos, repository } = harness({ clock, idempotencyTtlSeconds: 60 });
    const first = await todos.createTodo(create);

    clock.advance(59);
    const stillRemembered = await todos.createTodo({ ...create, title: 'Something else' });
    clock.advance(1);
    const afterExpiry = await todos.createTodo({ ...create, title: 'Something else' });

    expect(stillRemembered).toEqual({ ok: false, error: { code: 'idempotency.key-reused' } });
    expect(afterExpiry).toMatchObject({ ok: true, value: { title: 'Something else' } });
    expect(afterExpiry.ok && first.ok && afterExpiry.value.id !== first.value.id).toBe(true);
    expect(await todosOf(repository, alice)).toHaveLength(2);
  });

  it.each([
    ['an empty key', ''],
    ['a key of 129 characters', 'k'.repeat(129)],
    ['a space', 'key 1'],
    ['a tab', 'key\t1'],
    ['a letter outside ASCII', 'clé'],
    ['a control character', 'key\u0000'],
  ])('refuses %s with idempotency.key-invalid, before any request', async (_, key) => {
    const { todos, journal } = harness();

    const result = await todos.createTodo({ ...create, idempotencyKey: key });

    expect(result).toEqual({ ok: false, error: { code: 'idempotency.key-invalid' } });
    expect(journal).toEqual([]);
  });

  it.each([
    ['one character', '!'],
    ['128 characters', '~'.repeat(128)],
    ['a UUID', '0b585eba-94cf-4d4f-9d4e-5c1b0c1e7a21'],
  ])('accepts a key of %s', async (_, key) => {
    const { todos } = harness();

    expect(await todos.createTodo({ ...create, idempotencyKey: key })).toMatchObject({ ok: true });
  });

  it('checks the owner before the key, and the key before the body', async () => {
    const { todos } = harness();

    const noOwner = await todos.createTodo({ ownerId: '', title: '', idempotencyKey: '' });
    const badKey = await todos.createTodo({ ownerId: 'alice', title: '', idempotencyKey: '' });

    expect(noOwner).toMatchObject({ ok: false, error: { code: 'todo.owner-id-invalid' } });
    expect(badKey).toMatchObject({ ok: false, error: { code: 'idempotency.key-invalid' } });
  });

  it('never touches the idempotency store without a key: one request, as before', async () => {
    const { todos, journal } = harness();

    await todos.createTodo({ ownerId: 'alice', title: 'Buy milk' });

    expect(journal).toEqual(['create', 'publish TodoCreated']);
  });

  describe('recovery', () => {
    it('creates the todo on a retry when the first request claimed the key and failed', async () => {
      const { todos, repository, events, idempotency } = harness();
      repository.failNext('create', new StoreUnavailableError('timed out'));
      const failed = await todos.createTodo(create);
      const claimedId = idempotency.stored('alice', 'key-1')?.todoId;

      const retried = await todos.createTodo(create);

      expect(failed).toEqual({ ok: false, error: { code: 'store.unavailable' } });
      expect(retried).toMatchObject({ ok: true, value: { id: claimedId, title: 'Buy milk' } });
      expect(await todosOf(repository, alice)).toHaveLength(1);
      expect(events.events.map((event) => event.type)).toEqual(['TodoCreated']);
    });

    it('completes the record on a retry when the first request died after creating', async () => {
      const { todos, repository, events, idempotency, journal } = harness();
      idempotency.failNext('complete', new StoreUnavailableError('throttled'));
      const failed = await todos.createTodo(create);
      const claimedId = idempotency.stored('alice', 'key-1')?.todoId ?? 'none';
      const created = repository.stored('alice', claimedId);
      journal.length = 0;

      const retried = await todos.createTodo(create);

      expect(failed).toEqual({ ok: false, error: { code: 'store.unavailable' } });
      expect(retried).toMatchObject({ ok: true, value: { id: claimedId } });
      expect(retried.ok && retried.value.createdAt).toBe(created?.createdAt);
      expect(journal).toEqual(['claim', 'create', 'get', 'complete', 'publish TodoCreated']);
      // Published once, by the retry that completed the record, as the first request made it.
      expect(events.events).toEqual([
        expect.objectContaining({
          type: 'TodoCreated',
          id: `${claimedId}:1:TodoCreated`,
          occurredAt: created?.createdAt,
        }),
      ]);
      expect(idempotency.stored('alice', 'key-1')).toMatchObject({ state: 'completed' });
    });

    it('publishes once when two parallel retries both count as having created the todo', async () => {
      // The DynamoDB repository takes an identical item already in place for its own retried
      // write; two duplicates that build the same item in the same millisecond both "create".
      const { todos, repository, idempotency, events } = harness({
        clock: settableClock(clockStart),
      });
      repository.failNext('create', new StoreUnavailableError('timed out'));
      await todos.createTodo(create);
      const claimedId = idempotency.stored('alice', 'key-1')?.todoId ?? 'none';
      repository.beforeNext('create', () => undefined);
      // Before the second create, the first one's todo is taken away so that it succeeds too.
      repository.beforeNext('create', () => repository.remove('alice', claimedId));

      const [left, right] = await Promise.all([todos.createTodo(create), todos.createTodo(create)]);

      expect(left).toMatchObject({ ok: true });
      expect(right).toEqual(left);
      expect(events.events.map((event) => event.type)).toEqual(['TodoCreated']);
    });

    it('answers with the stored answer when a parallel request completed the record first', async () => {
      const { todos, idempotency, events } = harness();
      const theirs = {
        id: 'todo-0000000001',
        title: 'Buy milk',
        description: null,
        dueDate: null,
        completed: false,
        completedAt: null,
        createdAt: '2026-03-01T08:59:59.000Z',
        updatedAt: '2026-03-01T08:59:59.000Z',
        version: 1,
      };
      idempotency.beforeNext('complete', () => {
        const record = idempotency.stored('alice', 'key-1');
        if (record) idempotency.seed({ ...record, state: 'completed', response: theirs });
      });

      expect(await todos.createTodo(create)).toEqual({ ok: true, value: theirs });
      // The request that completed the record publishes; this one created the todo, but not that.
      expect(events.events).toEqual([]);
    });

    it('answers todo.conflict when the todo was created and deleted before the record completed', async () => {
      const { todos, repository, idempotency } = harness();
      idempotency.failNext('complete', new StoreUnavailableError('throttled'));
      await todos.createTodo(create);
      const claimedId = idempotency.stored('alice', 'key-1')?.todoId ?? 'none';
      repository.beforeNext('get', () => repository.remove('alice', claimedId));

      expect(await todos.createTodo(create)).toEqual({
        ok: false,
        error: { code: 'todo.conflict' },
      });
    });

    it('refuses a pending key with another body, as it refuses a completed one', async () => {
      const { todos, repository } = harness();
      repository.failNext('create', new StoreUnavailableError('timed out'));
      await todos.createTodo(create);

      expect(await todos.createTodo({ ...create, title: 'Other' })).toEqual({
        ok: false,
        error: { code: 'idempotency.key-reused' },
      });
    });

    it('answers store.unavailable when the claim fails, and creates nothing', async () => {
      const { todos, idempotency, journal } = harness();
      idempotency.failNext('claim', new StoreUnavailableError('down'));

      expect(await todos.createTodo(create)).toEqual({
        ok: false,
        error: { code: 'store.unavailable' },
      });
      expect(journal).toEqual(['claim']);
    });
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses idempotencyTtlSeconds = %s at build time', (value) => {
    expect(() => harness({ idempotencyTtlSeconds: value })).toThrow(RangeError);
  });

  it('throws when given a key without an idempotency store: a wiring mistake', async () => {
    const todos = createTodoService({
      repository: new FakeTodoRepository(),
      events: new RecordingEventPublisher(),
      clock: fixedClock(),
      ids: sequentialIds(),
    });

    await expect(todos.createTodo(create)).rejects.toThrow(/without an idempotency store/);
    expect(await todos.createTodo({ ownerId: 'alice', title: 'No key' })).toMatchObject({
      ok: true,
    });
  });
});
