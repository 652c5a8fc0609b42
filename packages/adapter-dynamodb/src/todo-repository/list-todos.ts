import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { TodoId } from '@todo/domain';
import type { TodoRepository, TodoStatusFilter } from '@todo/ports';
import { decodeListCursor, encodeListCursor } from '../list-cursor.js';
import { fromTodoItem } from '../todo-item.js';
import { ownerPartitionKey, statusPartitionKey, todoKey, todoSortKeyPrefix } from '../todo-keys.js';
import { todoStatusIndexName, todoTableAttributes } from '../todo-table.js';
import {
  sendRequest,
  todoTableOf,
  type DynamoDbTodoRepositoryOptions,
  type DynamoDbTodoTable,
} from './dynamodb-todo-table.js';

const { partitionKey, sortKey, statusPartitionKey: statusKey } = todoTableAttributes;

/**
 * The Query for one page: the owner's partition of the table, or of the status index when
 * filtering, so only matching todos are read and paid for (no FilterExpression). The key
 * condition keeps to `TODO#` sort keys, leaving the owner's other records out.
 */
const listQuery = (
  table: DynamoDbTodoTable,
  ownerId: string,
  limit: number,
  status: TodoStatusFilter | undefined,
  after: TodoId | undefined,
): QueryCommandInput => {
  const start = after === undefined ? undefined : todoKey(ownerId, after);
  const common = {
    TableName: table.tableName,
    Limit: limit,
    ExpressionAttributeNames: { '#sk': sortKey },
    ExpressionAttributeValues: { ':todo': todoSortKeyPrefix },
  };
  if (status === undefined) {
    return {
      ...common,
      KeyConditionExpression: '#pk = :owner AND begins_with(#sk, :todo)',
      ExpressionAttributeNames: { ...common.ExpressionAttributeNames, '#pk': partitionKey },
      ExpressionAttributeValues: {
        ...common.ExpressionAttributeValues,
        ':owner': ownerPartitionKey(ownerId),
      },
      ConsistentRead: table.consistentRead,
      ...(start === undefined ? {} : { ExclusiveStartKey: start }),
    };
  }

  const partition = statusPartitionKey(ownerId, status);
  return {
    ...common,
    IndexName: todoStatusIndexName,
    KeyConditionExpression: '#status = :status AND begins_with(#sk, :todo)',
    ExpressionAttributeNames: { ...common.ExpressionAttributeNames, '#status': statusKey },
    ExpressionAttributeValues: { ...common.ExpressionAttributeValues, ':status': partition },
    // An index's start key holds the index key and the table key.
    ...(start === undefined ? {} : { ExclusiveStartKey: { ...start, [statusKey]: partition } }),
  };
};

/**
 * The repository's `list` on its own: one Query for `limit + 1` todos, so `nextCursor` is null
 * exactly on the last page.
 *
 * @example
 * const list = dynamoDbTodoList({ client: documentClient, tableName: 'todos' });
 * const page = await list(ownerId, { limit: 20, status: 'open' });
 */
export const dynamoDbTodoList = (
  options: DynamoDbTodoRepositoryOptions,
): TodoRepository['list'] => {
  const table = todoTableOf(options);

  return async (ownerId, { limit, status, cursor }) => {
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new RangeError(`limit must be a whole number of at least 1, not ${limit}.`);
    }
    const after = cursor === undefined ? undefined : decodeListCursor(cursor, ownerId, status);

    const query = listQuery(table, ownerId, limit + 1, status, after);
    const output = await sendRequest('list todos', () =>
      table.client.send(new QueryCommand(query)),
    );

    const items = output.Items ?? [];
    const todos = items.slice(0, limit).map((item) => fromTodoItem(ownerId, item));
    const last = todos.at(-1);
    // Past the limit there is more; short of it, DynamoDB may still have stopped at its 1 MB cap.
    const more = items.length > limit || output.LastEvaluatedKey !== undefined;
    return {
      items: todos,
      nextCursor: more && last !== undefined ? encodeListCursor(ownerId, status, last.id) : null,
    };
  };
};
