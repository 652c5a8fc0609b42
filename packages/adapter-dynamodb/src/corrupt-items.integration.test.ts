import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { parseOwnerId, parseTodoId, type DomainError, type Result } from '@todo/domain';
import { CorruptTodoError } from '@todo/ports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbTodoRepository } from './dynamodb-todo-repository.js';
import { createTestTable, type TestTable } from './test-support/test-table.js';

const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`invalid fixture: ${result.error.code}`);
  return result.value;
};

describe('DynamoDbTodoRepository with corrupt items', () => {
  let table: TestTable;
  let repository: DynamoDbTodoRepository;

  beforeAll(async () => {
    table = await createTestTable('corrupt');
    repository = new DynamoDbTodoRepository({
      client: table.documentClient,
      tableName: table.tableName,
    });
  });

  afterAll(() => table.drop());

  /** Writes an item the repository did not write, as a bad migration or a manual edit would. */
  const putRaw = async (ownerId: string, todoId: string, attributes: Record<string, unknown>) => {
    await table.documentClient.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          pk: `OWNER#${ownerId}`,
          sk: `TODO#${todoId}`,
          statusPk: `OWNER#${ownerId}#open`,
          title: 'Water the plants',
          createdAt: '2026-12-03T10:00:00.000Z',
          updatedAt: '2026-12-03T10:00:00.000Z',
          version: 1,
          ...attributes,
        },
      }),
    );
  };

  const cases = [
    ['has no title', { title: undefined }, 'title'],
    ['has a version stored as text', { version: 'one' }, 'version'],
    ['has an unreadable creation time', { createdAt: 'Tuesday' }, 'createdAt'],
  ] as const;

  it.each(cases)('get refuses an item that %s, naming its key', async (_, attributes, field) => {
    const ownerId = valid(parseOwnerId(`corrupt-get-${field}`));
    const todoId = valid(parseTodoId('t-0001'));
    await putRaw(ownerId, todoId, { ...attributes, description: 'Private notes' });

    const failure = repository.get(ownerId, todoId);

    await expect(failure).rejects.toBeInstanceOf(CorruptTodoError);
    await expect(failure).rejects.toMatchObject({
      key: `OWNER#${ownerId}/TODO#t-0001`,
      field,
    });
    await expect(failure).rejects.not.toThrow(/Private notes/);
  });

  it.each(cases)('list refuses a page holding an item that %s', async (_, attributes, field) => {
    const ownerId = valid(parseOwnerId(`corrupt-list-${field}`));
    await putRaw(ownerId, 't-0001', {});
    await putRaw(ownerId, 't-0002', attributes);

    await expect(repository.list(ownerId, { limit: 10 })).rejects.toMatchObject({
      constructor: CorruptTodoError,
      key: `OWNER#${ownerId}/TODO#t-0002`,
      field,
    });
  });

  it('refuses a version no JavaScript number holds exactly, naming the key', async () => {
    const ownerId = valid(parseOwnerId('corrupt-huge-version'));
    await putRaw(ownerId, 't-0001', {});
    // The SDK's default unmarshalling throws on this number, before the repository sees it; the
    // document client from createDynamoDbClients keeps it as text. Written with the low-level
    // client, which takes the number as digits.
    await table.client.send(
      new UpdateItemCommand({
        TableName: table.tableName,
        Key: { pk: { S: `OWNER#${ownerId}` }, sk: { S: 'TODO#t-0001' } },
        UpdateExpression: 'SET version = :huge',
        ExpressionAttributeValues: { ':huge': { N: '12345678901234567890.5' } },
      }),
    );

    await expect(repository.get(ownerId, valid(parseTodoId('t-0001')))).rejects.toMatchObject({
      constructor: CorruptTodoError,
      key: `OWNER#${ownerId}/TODO#t-0001`,
      field: 'version',
    });
  });

  it('still serves the page before a corrupt item', async () => {
    const ownerId = valid(parseOwnerId('corrupt-later-page'));
    await putRaw(ownerId, 't-0001', {});
    await putRaw(ownerId, 't-0002', { version: 'one' });

    const page = await repository.list(ownerId, { limit: 1 });

    expect(page.items.map((todo) => todo.id)).toEqual(['t-0001']);
    expect(page.nextCursor).not.toBeNull();
  });
});
