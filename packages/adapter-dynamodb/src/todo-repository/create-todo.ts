import { isDeepStrictEqual } from 'node:util';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { TodoAlreadyExistsError, type TodoRepository } from '@todo/ports';
import { isConditionFailure } from '../dynamodb-error-mapping.js';
import { toTodoItem, type TodoItem } from '../todo-item.js';
import { todoKey } from '../todo-keys.js';
import { todoTableAttributes } from '../todo-table.js';
import {
  sendRequest,
  todoTableOf,
  type DynamoDbTodoRepositoryOptions,
  type DynamoDbTodoTable,
} from './dynamodb-todo-table.js';

/** Whether the stored item is exactly `item`, on the failure path of a create. */
const holds = async (
  table: DynamoDbTodoTable,
  ownerId: string,
  id: string,
  item: TodoItem,
): Promise<boolean> => {
  const output = await sendRequest('read a todo', () =>
    table.client.send(
      new GetCommand({
        TableName: table.tableName,
        Key: todoKey(ownerId, id),
        ConsistentRead: true,
      }),
    ),
  );

  const written = Object.fromEntries(
    Object.entries(item).filter(([, value]) => value !== undefined),
  );
  return output.Item !== undefined && isDeepStrictEqual(output.Item, written);
};

/**
 * The repository's `create` on its own: one PutItem, conditional on the id being free.
 *
 * @example
 * const create = dynamoDbTodoCreate({ client: documentClient, tableName: 'todos' });
 * await create(todo); // TodoAlreadyExistsError if the id is taken
 */
export const dynamoDbTodoCreate = (
  options: DynamoDbTodoRepositoryOptions,
): TodoRepository['create'] => {
  const table = todoTableOf(options);

  return async (todo) => {
    const item = toTodoItem(todo);
    try {
      await sendRequest('create a todo', () =>
        table.client.send(
          new PutCommand({
            TableName: table.tableName,
            Item: item,
            ConditionExpression: 'attribute_not_exists(#pk)',
            ExpressionAttributeNames: { '#pk': todoTableAttributes.partitionKey },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // The SDK retries a PutItem whose answer was lost (a timeout, a reset connection); when
      // the first attempt was written, the retry finds its own item. That is this create done,
      // not a clash with another todo.
      if (await holds(table, todo.ownerId, todo.id, item)) return;
      throw new TodoAlreadyExistsError(todo.id, { cause: error });
    }
  };
};
