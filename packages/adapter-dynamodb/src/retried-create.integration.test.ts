import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  createTodo,
  instantFromDate,
  parseOwnerId,
  parseTitle,
  parseTodoId,
  type DomainError,
  type Result,
  type Todo,
} from '@todo/domain';
import { TodoAlreadyExistsError } from '@todo/ports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbClients } from './create-dynamodb-clients.js';
import { DynamoDbTodoRepository } from './dynamodb-todo-repository.js';
import { createTestTable, testClientSettings, type TestTable } from './test-support/test-table.js';

const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`invalid fixture: ${result.error.code}`);
  return result.value;
};
const ownerId = valid(parseOwnerId(`owner-retried-${Date.now()}`));
const todoNamed = (id: string, title: string): Todo =>
  createTodo(
    { id: valid(parseTodoId(id)), ownerId, title: valid(parseTitle(title)), description: null },
    instantFromDate(new Date('2026-12-03T10:00:00.000Z')),
  ).todo;

/**
 * A client whose first PutItem reaches DynamoDB and is written, but whose answer is lost: the
 * SDK sees a timeout and sends the same PutItem again, as it does when DynamoDB answers late or
 * a connection drops after the write.
 */
const clientLosingFirstPutAnswer = () => {
  const { client } = createDynamoDbClients({ ...testClientSettings(), maxAttempts: 2 });
  let lost = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === 'PutItemCommand' && !lost) {
        lost = true;
        throw Object.assign(new Error('The answer was lost'), { name: 'TimeoutError' });
      }
      return result;
    },
    // Below the retry step: each attempt goes through here.
    { step: 'deserialize', name: 'loseFirstPutAnswer', priority: 'low' },
  );
  const documentClient = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, documentClient };
};

describe('DynamoDbTodoRepository.create when the SDK retries a written PutItem', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable('retried-create');
  });
  afterAll(() => table.drop());

  it('takes its own item for the create done, not for a clash', async () => {
    const { client, documentClient } = clientLosingFirstPutAnswer();
    const repository = new DynamoDbTodoRepository({
      client: documentClient,
      tableName: table.tableName,
    });
    const todo = todoNamed('retried-1', 'Written once');

    await repository.create(todo);

    expect(await repository.get(ownerId, todo.id)).toEqual(todo);
    client.destroy();
  });

  it('still refuses a different todo under a taken id', async () => {
    const repository = new DynamoDbTodoRepository({
      client: table.documentClient,
      tableName: table.tableName,
    });
    await repository.create(todoNamed('taken-1', 'First'));

    await expect(repository.create(todoNamed('taken-1', 'Second'))).rejects.toBeInstanceOf(
      TodoAlreadyExistsError,
    );
    expect((await repository.get(ownerId, valid(parseTodoId('taken-1'))))?.title).toBe('First');
  });
});
