import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { TodoRepository } from '@todo/ports';
import { isConditionFailure } from '../dynamodb-error-mapping.js';
import { toTodoItem } from '../todo-item.js';
import {
  sendRequest,
  todoTableOf,
  versionAttribute,
  versionFailure,
  type DynamoDbTodoRepositoryOptions,
} from './dynamodb-todo-table.js';

/**
 * The repository's `save` on its own: one PutItem, conditional on the stored version; see
 * `versionFailure` for what a failed condition costs and answers.
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
      throw await versionFailure(table, error, todo.ownerId, todo.id, expectedVersion);
    }
  };
};
