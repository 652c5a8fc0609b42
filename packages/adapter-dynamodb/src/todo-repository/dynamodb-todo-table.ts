import type { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TodoNotFoundError, VersionConflictError } from '@todo/ports';
import {
  explainConditionFailure,
  translateDynamoDbError,
  versionConditionError,
  type StoredState,
} from '../dynamodb-error-mapping.js';
import { todoKey } from '../todo-keys.js';

/** What the todo repository, and each of its operations, works with. */
export interface DynamoDbTodoRepositoryOptions {
  /** A document client; `createDynamoDbClients` makes one with bounded timeouts and retries. */
  readonly client: DynamoDBDocumentClient;
  /** A table laid out as `todoTableDefinition` describes. */
  readonly tableName: string;
  /**
   * Whether `get` and the unfiltered `list` read strongly consistently, at twice the cost of an
   * eventually consistent read. Default `true`, so a client reads its own writes. Lists by status
   * come from a global secondary index, which is always eventually consistent.
   */
  readonly consistentRead?: boolean;
}

/** The options with their defaults applied, as each operation receives them. */
export interface DynamoDbTodoTable {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly consistentRead: boolean;
}

/** Expressions name attributes through `#` placeholders, so none clashes with a reserved word. */
export const versionAttribute = 'version';

/** Checks the options once, when an operation or the repository is built. */
export const todoTableOf = (options: DynamoDbTodoRepositoryOptions): DynamoDbTodoTable => {
  if (options.tableName.length === 0) throw new TypeError('tableName must not be empty.');
  return {
    client: options.client,
    tableName: options.tableName,
    consistentRead: options.consistentRead ?? true,
  };
};

/** Runs one request, turning throttling, timeouts and network failures into port errors. */
export const sendRequest = async <T>(action: string, request: () => Promise<T>): Promise<T> => {
  try {
    return await request();
  } catch (error) {
    throw translateDynamoDbError(error, action);
  }
};

/** Reads only the stored version, on the failure path of a conditional write. */
const readStoredState = async (
  table: DynamoDbTodoTable,
  ownerId: string,
  id: string,
): Promise<StoredState> => {
  const output = await sendRequest('read a todo', () =>
    table.client.send(
      new GetCommand({
        TableName: table.tableName,
        Key: todoKey(ownerId, id),
        ProjectionExpression: '#version',
        ExpressionAttributeNames: { '#version': versionAttribute },
        // Always strong: a stale answer would misreport why the write failed.
        ConsistentRead: true,
      }),
    ),
  );

  if (output.Item === undefined) return { exists: false };
  const version: unknown = output.Item[versionAttribute];
  return { exists: true, version: typeof version === 'number' ? version : null };
};

/**
 * The port error for a write whose `version = expectedVersion` condition failed. DynamoDB returns
 * the stored item with the failure; where it doesn't (the item is gone, or the server is
 * dynalite) one GetItem of the version tells not-found from version conflict.
 */
export const versionFailure = async (
  table: DynamoDbTodoTable,
  failure: ConditionalCheckFailedException,
  ownerId: string,
  id: string,
  expectedVersion: number,
): Promise<TodoNotFoundError | VersionConflictError> => {
  const state = await explainConditionFailure(failure, () => readStoredState(table, ownerId, id));
  return versionConditionError(id, expectedVersion, state, failure);
};
