import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDbTodoRepository } from '../dynamodb-todo-repository.js';
import { dynamoDbTodoCreate } from './create-todo.js';
import { dynamoDbTodoDelete } from './delete-todo.js';
import { todoTableOf } from './dynamodb-todo-table.js';
import { dynamoDbTodoGet } from './get-todo.js';
import { dynamoDbTodoList } from './list-todos.js';
import { dynamoDbTodoSave } from './save-todo.js';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));

describe('todoTableOf', () => {
  it('reads strongly consistently unless told otherwise', () => {
    expect(todoTableOf({ client, tableName: 'todos' }).consistentRead).toBe(true);
    expect(todoTableOf({ client, tableName: 'todos', consistentRead: false }).consistentRead).toBe(
      false,
    );
  });
});

// A wiring mistake is found when the operation is built, not on its first request.
describe.each([
  {
    name: 'DynamoDbTodoRepository',
    build: (tableName: string) => new DynamoDbTodoRepository({ client, tableName }),
  },
  { name: 'dynamoDbTodoGet', build: (tableName: string) => dynamoDbTodoGet({ client, tableName }) },
  {
    name: 'dynamoDbTodoList',
    build: (tableName: string) => dynamoDbTodoList({ client, tableName }),
  },
  {
    name: 'dynamoDbTodoCreate',
    build: (tableName: string) => dynamoDbTodoCreate({ client, tableName }),
  },
  {
    name: 'dynamoDbTodoSave',
    build: (tableName: string) => dynamoDbTodoSave({ client, tableName }),
  },
  {
    name: 'dynamoDbTodoDelete',
    build: (tableName: string) => dynamoDbTodoDelete({ client, tableName }),
  },
])('$name', ({ build }) => {
  it('refuses an empty table name when it is built', () => {
    expect(() => build('')).toThrow(new TypeError('tableName must not be empty.'));
  });
});
