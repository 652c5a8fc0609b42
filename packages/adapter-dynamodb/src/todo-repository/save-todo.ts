import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { TodoRepository } from '@todo/ports';
import {
  explainConditionFailure,
  isConditionFailure,
  versionConditionError,
} from '../dynamodb-error-mapping.js';
import { toTodoItem } from '../todo-item.js';
import {
  readStoredState,
  sendRequest,
  todoTableOf,
  versionAttribute,
  type DynamoDbTodoRepositoryOptions,
} from './dynamodb-todo-table.js';

/**
 * The repository's `save` on its own: one PutItem, conditional on the stored version. When the
 * condition fails, DynamoDB returns the stored item with the failure; where it doesn't (the item
 * is gone, or the server is dynalite) one GetItem tells not-found from version conflict.
 *
 * @example
 * const save = dynamoDbTodoSave({ client: documentClient, tableName: 'todos' });
 * await save(change.todo, loaded.version); // VersionConflictError if another write came first
 */
export const dynamoDbTodoSave = (
  options: DynamoDbTodoRepositoryOptions,
): TodoRepository['save'] => {
  const table = todoTableOf(options);

  return async (todo, expectedVersion) => {
    try {
      await sendRequest('save a todo', () =>
        table.client.send(
          new PutCommand({
            TableName: table.tableName,
            // The whole item is rewritten, status index key included, so the index follows.
            Item: toTodoItem(todo),
            // A missing item has no version, so this also refuses to bring a deleted todo back.
            ConditionExpression: '#version = :expected',
            ExpressionAttributeNames: { '#version': versionAttribute },
            ExpressionAttributeValues: { ':expected': expectedVersion },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const state = await explainConditionFailure(error, () =>
        readStoredState(table, todo.ownerId, todo.id),
      );
      throw versionConditionError(todo.id, expectedVersion, state, error);
    }
  };
};
