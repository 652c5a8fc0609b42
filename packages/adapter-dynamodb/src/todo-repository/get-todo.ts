import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { TodoRepository } from '@todo/ports';
import { fromTodoItem } from '../todo-item.js';
import { todoKey } from '../todo-keys.js';
import {
  sendRequest,
  todoTableOf,
  type DynamoDbTodoRepositoryOptions,
} from './dynamodb-todo-table.js';

/**
 * The repository's `get` on its own: one GetItem. For a function that only reads, so its bundle
 * carries no other operation (see `DynamoDbTodoRepository` for all of them at once).
 *
 * @example
 * const get = dynamoDbTodoGet({ client: documentClient, tableName: 'todos' });
 * const todo = await get(ownerId, todoId); // null when absent or another owner's
 */
export const dynamoDbTodoGet = (options: DynamoDbTodoRepositoryOptions): TodoRepository['get'] => {
  const table = todoTableOf(options);

  return async (ownerId, id) => {
    const output = await sendRequest('read a todo', () =>
      table.client.send(
        new GetCommand({
          TableName: table.tableName,
          Key: todoKey(ownerId, id),
          ConsistentRead: table.consistentRead,
        }),
      ),
    );

    return output.Item === undefined ? null : fromTodoItem(ownerId, output.Item);
  };
};
