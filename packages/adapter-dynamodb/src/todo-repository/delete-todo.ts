import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { TodoNotFoundError, type TodoRepository } from '@todo/ports';
import { isConditionFailure } from '../dynamodb-error-mapping.js';
import { fromTodoItem } from '../todo-item.js';
import { todoKey } from '../todo-keys.js';
import { todoTableAttributes } from '../todo-table.js';
import {
  sendRequest,
  todoTableOf,
  versionAttribute,
  versionFailure,
  type DynamoDbTodoRepositoryOptions,
} from './dynamodb-todo-table.js';

/**
 * The repository's `delete` on its own: one DeleteItem, conditional on the todo existing or, when
 * a version is expected, on that version. If the deleted item turns out to be corrupt, it is gone
 * all the same and `CorruptTodoError` says which it was.
 *
 * @example
 * const remove = dynamoDbTodoDelete({ client: documentClient, tableName: 'todos' });
 * const deleted = await remove(ownerId, todoId, { expectedVersion: 3 });
 */
export const dynamoDbTodoDelete = (
  options: DynamoDbTodoRepositoryOptions,
): TodoRepository['delete'] => {
  const table = todoTableOf(options);

  return async (ownerId, id, { expectedVersion } = {}) => {
    let output;
    try {
      output = await sendRequest('delete a todo', () =>
        table.client.send(
          new DeleteCommand({
            TableName: table.tableName,
            Key: todoKey(ownerId, id),
            ReturnValues: 'ALL_OLD',
            ...(expectedVersion === undefined
              ? {
                  ConditionExpression: 'attribute_exists(#pk)',
                  ExpressionAttributeNames: { '#pk': todoTableAttributes.partitionKey },
                }
              : {
                  ConditionExpression: '#version = :expected',
                  ExpressionAttributeNames: { '#version': versionAttribute },
                  ExpressionAttributeValues: { ':expected': expectedVersion },
                  ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
                }),
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      if (expectedVersion === undefined) throw new TodoNotFoundError(id, { cause: error });
      throw await versionFailure(table, error, ownerId, id, expectedVersion);
    }

    if (output.Attributes === undefined) throw new TodoNotFoundError(id);
    return fromTodoItem(ownerId, output.Attributes);
  };
};
