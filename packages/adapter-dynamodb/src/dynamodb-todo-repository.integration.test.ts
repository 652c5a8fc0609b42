import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  createTodo,
  instantFromDate,
  parseDescription,
  parseOwnerId,
  parseTitle,
  parseTodoId,
  type DomainError,
  type OwnerId,
  type Result,
  type Todo,
} from '@todo/domain';
import { describeTodoRepositoryContract } from '@todo/ports/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbTodoRepository } from './dynamodb-todo-repository.js';
import { createTestTable, type TestTable } from './test-support/test-table.js';

let contractTable: TestTable | undefined;

describeTodoRepositoryContract(`DynamoDbTodoRepository on ${inject('dynamoDbKind')}`, {
  async setup() {
    contractTable = await createTestTable('contract');
    return new DynamoDbTodoRepository({
      client: contractTable.documentClient,
      tableName: contractTable.tableName,
    });
  },
  teardown: () => contractTable?.drop(),
});

const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`invalid fixture: ${result.error.code}`);
  return result.value;
};

let sequence = 0;
const owner = (): OwnerId => valid(parseOwnerId(`Owner#${Date.now()}-${(sequence += 1)}`));
const todoFor = (ownerId: OwnerId, description: string | null = null): Todo =>
  createTodo(
    {
      id: valid(parseTodoId(`t${String((sequence += 1)).padStart(8, '0')}`)),
      ownerId,
      title: valid(parseTitle('Water the plants')),
      description: description === null ? null : valid(parseDescription(description)),
    },
    instantFromDate(new Date('2026-12-03T10:00:00.000Z')),
  ).todo;

describe('DynamoDbTodoRepository storage', () => {
  let table: TestTable;
  let repository: DynamoDbTodoRepository;

  beforeAll(async () => {
    table = await createTestTable('storage');
    repository = new DynamoDbTodoRepository({
      client: table.documentClient,
      tableName: table.tableName,
    });
  });

  afterAll(() => table.drop());

  const storedItem = async (ownerId: string, todoId: string) => {
    const output = await table.documentClient.send(
      new GetCommand({
        TableName: table.tableName,
        Key: { pk: `OWNER#${ownerId}`, sk: `TODO#${todoId}` },
      }),
    );
    return output.Item;
  };

  it('stores a todo as one item under OWNER#<owner> / TODO#<id>, leaving out null fields', async () => {
    const ownerId = owner();
    const todo = todoFor(ownerId, 'Both balconies');

    await repository.create(todo);

    expect(await storedItem(ownerId, todo.id)).toEqual({
      pk: `OWNER#${ownerId}`,
      sk: `TODO#${todo.id}`,
      statusPk: `OWNER#${ownerId}#open`,
      title: 'Water the plants',
      description: 'Both balconies',
      createdAt: '2026-12-03T10:00:00.000Z',
      updatedAt: '2026-12-03T10:00:00.000Z',
      version: 1,
    });
  });

  it('moves the status index key to #completed in the same write that completes the todo', async () => {
    const ownerId = owner();
    const todo = todoFor(ownerId);
    await repository.create(todo);
    const completedAt = instantFromDate(new Date('2026-12-04T08:30:00.000Z'));

    await repository.save(
      { ...todo, status: 'complete', completedAt, updatedAt: completedAt, version: 2 },
      1,
    );

    expect(await storedItem(ownerId, todo.id)).toMatchObject({
      statusPk: `OWNER#${ownerId}#completed`,
      completedAt: '2026-12-04T08:30:00.000Z',
      version: 2,
    });
  });

  it("lists only TODO# items, not the owner's other records around them", async () => {
    const ownerId = owner();
    const todos = [todoFor(ownerId), todoFor(ownerId)];
    for (const todo of todos) await repository.create(todo);
    // An idempotency record sorts before the todos, another record type after them.
    for (const sk of ['IDEMPOTENCY#key-1', 'USAGE#2026-12']) {
      await table.documentClient.send(
        new PutCommand({
          TableName: table.tableName,
          Item: { pk: `OWNER#${ownerId}`, sk, expiresAt: 1_900_000_000 },
        }),
      );
    }

    const page = await repository.list(ownerId, { limit: 2 });

    expect(page).toEqual({ items: todos, nextCursor: null });
  });

  it('issues a cursor that does not carry the owner id in clear', async () => {
    const ownerId = owner();
    for (let index = 0; index < 3; index += 1) await repository.create(todoFor(ownerId));

    const { nextCursor } = await repository.list(ownerId, { limit: 1 });

    expect(nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(nextCursor ?? '', 'base64url').toString('utf8')).not.toContain(ownerId);
  });
});
