import {
  completeTodo,
  createTodo,
  instantFromDate,
  parseOwnerId,
  parseTitle,
  parseTodoId,
  updateTodo,
  type DomainError,
  type OwnerId,
  type Result,
  type Todo,
} from '@todo/domain';
import { TodoAlreadyExistsError, TodoNotFoundError, VersionConflictError } from '@todo/ports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbTodoRepository } from './dynamodb-todo-repository.js';
import { countRequests, type RequestCounter } from './test-support/request-counter.js';
import { createTestTable, type TestTable } from './test-support/test-table.js';

// The budget: one request per repository call, and at most two (read, conditional write)
// for an update or completion through a use case. The use cases' own count is checked where they
// are wired to this adapter (an app test); an adapter's tests may not import the application.

const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`invalid fixture: ${result.error.code}`);
  return result.value;
};
const now = instantFromDate(new Date('2026-12-03T10:00:00.000Z'));
const later = instantFromDate(new Date('2026-12-03T11:00:00.000Z'));

let sequence = 0;
const run = Date.now().toString(36);
const owner = (label: string): OwnerId => valid(parseOwnerId(`${label}-${run}`));
const newTodo = (ownerId: OwnerId): Todo =>
  createTodo(
    {
      id: valid(parseTodoId(`t${String((sequence += 1)).padStart(6, '0')}`)),
      ownerId,
      title: valid(parseTitle('Water the plants')),
    },
    now,
  ).todo;

describe('requests per repository call', () => {
  let table: TestTable;
  let repository: DynamoDbTodoRepository;
  let counter: RequestCounter;

  beforeAll(async () => {
    table = await createTestTable('request-counts');
    counter = countRequests(table.client);
    repository = new DynamoDbTodoRepository({
      client: table.documentClient,
      tableName: table.tableName,
    });
  });

  afterAll(() => table.drop());

  const stored = async (ownerId: OwnerId): Promise<Todo> => {
    const todo = newTodo(ownerId);
    await repository.create(todo);
    return todo;
  };

  it('create is one PutItem', async () => {
    const todo = newTodo(owner('create'));

    expect(await counter.during(() => repository.create(todo))).toEqual(['PutItem']);
  });

  it('get is one GetItem', async () => {
    const todo = await stored(owner('get'));

    expect(await counter.during(() => repository.get(todo.ownerId, todo.id))).toEqual(['GetItem']);
  });

  it.each([undefined, 'open', 'completed'] as const)(
    'a list page with filter %s is one Query, the next page another',
    async (status) => {
      const ownerId = owner(`list-${status ?? 'all'}`);
      for (let index = 0; index < 5; index += 1) {
        const todo = await stored(ownerId);
        if (status === 'completed') await repository.save(completeTodo(todo, later).todo, 1);
      }
      const filter = status === undefined ? {} : { status };
      let cursor: string | null = null;

      const first = await counter.during(async () => {
        cursor = (await repository.list(ownerId, { limit: 3, ...filter })).nextCursor;
      });
      const second = await counter.during(() =>
        repository.list(ownerId, { limit: 3, ...filter, ...(cursor ? { cursor } : {}) }),
      );

      expect(cursor).not.toBeNull();
      expect([first, second]).toEqual([['Query'], ['Query']]);
    },
  );

  it('save is one conditional PutItem', async () => {
    const todo = await stored(owner('save'));
    const change = valid(updateTodo(todo, { title: valid(parseTitle('Repot')) }, later));

    expect(await counter.during(() => repository.save(change.todo, 1))).toEqual(['PutItem']);
  });

  it.each([
    ['without a version', undefined],
    ['with the stored version', 1],
  ])('delete %s is one DeleteItem', async (_, expectedVersion) => {
    const todo = await stored(owner('delete'));
    const options = expectedVersion === undefined ? {} : { expectedVersion };

    expect(await counter.during(() => repository.delete(todo.ownerId, todo.id, options))).toEqual([
      'DeleteItem',
    ]);
  });

  it('an update or completion, done the way the use cases do it, is a read and a conditional write', async () => {
    const todo = await stored(owner('update'));

    const requests = await counter.during(async () => {
      const current = await repository.get(todo.ownerId, todo.id);
      if (current === null) throw new Error('the todo is gone');
      await repository.save(completeTodo(current, later).todo, current.version);
    });

    expect(requests).toEqual(['GetItem', 'PutItem']);
  });

  describe('on the failure paths', () => {
    it('create of a taken id costs a GetItem more, to tell a clash from its own retry', async () => {
      const todo = await stored(owner('taken'));
      const impostor = { ...todo, title: valid(parseTitle('Impostor')) };

      const requests = await counter.during(() =>
        expect(repository.create(impostor)).rejects.toBeInstanceOf(TodoAlreadyExistsError),
      );

      expect(requests).toEqual(['PutItem', 'GetItem']);
    });

    it('a stale save costs a GetItem more only where the server does not return the item', async () => {
      const todo = await stored(owner('stale'));
      await repository.save(completeTodo(todo, later).todo, 1);
      const stale = valid(updateTodo(todo, { title: valid(parseTitle('Late')) }, later)).todo;

      const requests = await counter.during(() =>
        expect(repository.save(stale, 1)).rejects.toMatchObject({
          constructor: VersionConflictError,
          actualVersion: 2,
        }),
      );

      // DynamoDB (and DynamoDB Local) return the stored item with the failure; dynalite ignores
      // ReturnValuesOnConditionCheckFailure, so the adapter reads the version back.
      expect(requests).toEqual(table.kind === 'dynalite' ? ['PutItem', 'GetItem'] : ['PutItem']);
    });

    it('a save of a missing todo reads once to tell not-found from conflict', async () => {
      const todo = newTodo(owner('missing'));

      const requests = await counter.during(() =>
        expect(repository.save(todo, 1)).rejects.toBeInstanceOf(TodoNotFoundError),
      );

      expect(requests).toEqual(['PutItem', 'GetItem']);
    });

    it('a delete of a missing todo without a version is one DeleteItem', async () => {
      const todo = newTodo(owner('missing-delete'));

      const requests = await counter.during(() =>
        expect(repository.delete(todo.ownerId, todo.id)).rejects.toBeInstanceOf(TodoNotFoundError),
      );

      expect(requests).toEqual(['DeleteItem']);
    });
  });

  describe('capacity', () => {
    const createOpen = async (ownerId: OwnerId, count: number) => {
      for (let index = 0; index < count; index += 1) await stored(ownerId);
    };

    const capacityOfFirstOpenPage = async (ownerId: OwnerId): Promise<number> => {
      counter.reset();
      const page = await repository.list(ownerId, { limit: 20, status: 'open' });
      expect(page.items).toHaveLength(20);
      return counter.consumedCapacity;
    };

    it('an open page of 20 costs the same whether 0 or 60 completed todos sit among the open ones', async () => {
      const onlyOpen = owner('capacity-a');
      await createOpen(onlyOpen, 21);
      const mixed = owner('capacity-b');
      for (let index = 0; index < 21; index += 1) {
        await createOpen(mixed, 1);
        for (let completed = 0; completed < 3; completed += 1) {
          const todo = await stored(mixed);
          await repository.save(completeTodo(todo, later).todo, 1);
        }
      }

      const baseline = await capacityOfFirstOpenPage(onlyOpen);
      const amongCompleted = await capacityOfFirstOpenPage(mixed);
      // What reading past the completed ones would cost, as a FilterExpression would: the whole
      // partition, read as eventually consistent as the index is.
      const eventual = new DynamoDbTodoRepository({
        client: table.documentClient,
        tableName: table.tableName,
        consistentRead: false,
      });
      counter.reset();
      await eventual.list(mixed, { limit: 100 });
      const wholePartition = counter.consumedCapacity;

      // The server reports capacity and the items are big enough for skipped ones to show in it;
      // the completed todos between the open ones are neither read nor paid for.
      expect(baseline).toBeGreaterThan(0);
      expect(wholePartition).toBeGreaterThan(baseline);
      expect(amongCompleted).toBe(baseline);
    });
  });
});
