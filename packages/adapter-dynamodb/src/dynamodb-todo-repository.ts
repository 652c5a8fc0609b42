import { isDeepStrictEqual } from 'node:util';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { OwnerId, Todo, TodoId } from '@todo/domain';
import {
  TodoAlreadyExistsError,
  TodoNotFoundError,
  type ListTodosOptions,
  type TodoPage,
  type TodoRepository,
  type TodoStatusFilter,
} from '@todo/ports';
import {
  explainConditionFailure,
  isConditionFailure,
  translateDynamoDbError,
  versionConditionError,
  type StoredState,
} from './dynamodb-error-mapping.js';
import { decodeListCursor, encodeListCursor } from './list-cursor.js';
import { fromTodoItem, toTodoItem, type TodoItem } from './todo-item.js';
import { ownerPartitionKey, statusPartitionKey, todoKey, todoSortKeyPrefix } from './todo-keys.js';
import { todoStatusIndexName, todoTableAttributes } from './todo-table.js';

/** What a {@link DynamoDbTodoRepository} works with. */
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

const { partitionKey, sortKey, statusPartitionKey: statusKey } = todoTableAttributes;

/** Expressions name attributes through `#` placeholders, so none clashes with a reserved word. */
const versionAttribute = 'version';

/**
 * The todo repository on one DynamoDB table (see `todoTableDefinition`): one item per todo in
 * its owner's partition, and a status index for lists by status.
 *
 * Each method is one request on its success path: `create` a conditional PutItem, `get` a
 * GetItem, `list` a Query, `save` a PutItem conditional on the version, `delete` a conditional
 * DeleteItem. When `save` or a versioned `delete` fails its condition, DynamoDB returns the stored
 * item with the failure; where it doesn't (the item is gone, or the server is dynalite) one
 * GetItem tells not-found from version conflict.
 *
 * @example
 * const { documentClient } = createDynamoDbClients({ region: 'eu-west-1' });
 * const repository = new DynamoDbTodoRepository({ client: documentClient, tableName: 'todos' });
 */
export class DynamoDbTodoRepository implements TodoRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #consistentRead: boolean;

  constructor(options: DynamoDbTodoRepositoryOptions) {
    if (options.tableName.length === 0) throw new TypeError('tableName must not be empty.');
    this.#client = options.client;
    this.#tableName = options.tableName;
    this.#consistentRead = options.consistentRead ?? true;
  }

  async get(ownerId: OwnerId, id: TodoId): Promise<Todo | null> {
    const output = await this.#call('read a todo', () =>
      this.#client.send(
        new GetCommand({
          TableName: this.#tableName,
          Key: todoKey(ownerId, id),
          ConsistentRead: this.#consistentRead,
        }),
      ),
    );

    return output.Item === undefined ? null : fromTodoItem(ownerId, output.Item);
  }

  async list(ownerId: OwnerId, options: ListTodosOptions): Promise<TodoPage> {
    const { limit, status } = options;
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new RangeError(`limit must be a whole number of at least 1, not ${limit}.`);
    }
    const after =
      options.cursor === undefined ? undefined : decodeListCursor(options.cursor, ownerId, status);

    const query = this.#listQuery(ownerId, limit + 1, status, after);
    const output = await this.#call('list todos', () => this.#client.send(new QueryCommand(query)));

    const items = output.Items ?? [];
    const todos = items.slice(0, limit).map((item) => fromTodoItem(ownerId, item));
    const last = todos.at(-1);
    // Past the limit there is more; short of it, DynamoDB may still have stopped at its 1 MB cap.
    const more = items.length > limit || output.LastEvaluatedKey !== undefined;
    return {
      items: todos,
      nextCursor: more && last !== undefined ? encodeListCursor(ownerId, status, last.id) : null,
    };
  }

  async create(todo: Todo): Promise<void> {
    const item = toTodoItem(todo);
    try {
      await this.#call('create a todo', () =>
        this.#client.send(
          new PutCommand({
            TableName: this.#tableName,
            Item: item,
            ConditionExpression: 'attribute_not_exists(#pk)',
            ExpressionAttributeNames: { '#pk': partitionKey },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // The SDK retries a PutItem whose answer was lost (a timeout, a reset connection); when
      // the first attempt was written, the retry finds its own item. That is this create done,
      // not a clash with another todo.
      if (await this.#holds(todo.ownerId, todo.id, item)) return;
      throw new TodoAlreadyExistsError(todo.id, { cause: error });
    }
  }

  async save(todo: Todo, expectedVersion: number): Promise<void> {
    try {
      await this.#call('save a todo', () =>
        this.#client.send(
          new PutCommand({
            TableName: this.#tableName,
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
        this.#storedState(todo.ownerId, todo.id),
      );
      throw versionConditionError(todo.id, expectedVersion, state, error);
    }
  }

  /**
   * Deletes and returns the todo. If the deleted item turns out to be corrupt, it is gone all
   * the same and `CorruptTodoError` says which it was.
   */
  async delete(
    ownerId: OwnerId,
    id: TodoId,
    options: { readonly expectedVersion?: number } = {},
  ): Promise<Todo> {
    const { expectedVersion } = options;
    let output;
    try {
      output = await this.#call('delete a todo', () =>
        this.#client.send(
          new DeleteCommand({
            TableName: this.#tableName,
            Key: todoKey(ownerId, id),
            ReturnValues: 'ALL_OLD',
            ...(expectedVersion === undefined
              ? {
                  ConditionExpression: 'attribute_exists(#pk)',
                  ExpressionAttributeNames: { '#pk': partitionKey },
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
      const state = await explainConditionFailure(error, () => this.#storedState(ownerId, id));
      throw versionConditionError(id, expectedVersion, state, error);
    }

    if (output.Attributes === undefined) throw new TodoNotFoundError(id);
    return fromTodoItem(ownerId, output.Attributes);
  }

  /**
   * The Query for one page: the owner's partition of the table, or of the status index when
   * filtering, so only matching todos are read and paid for (no FilterExpression). The key
   * condition keeps to `TODO#` sort keys, leaving the owner's other records out.
   */
  #listQuery(
    ownerId: string,
    limit: number,
    status: TodoStatusFilter | undefined,
    after: TodoId | undefined,
  ): QueryCommandInput {
    const start = after === undefined ? undefined : todoKey(ownerId, after);
    const common = {
      TableName: this.#tableName,
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
        ConsistentRead: this.#consistentRead,
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
  }

  /** Whether the stored item is exactly `item`, on the failure path of a create. */
  async #holds(ownerId: string, id: string, item: TodoItem): Promise<boolean> {
    const output = await this.#call('read a todo', () =>
      this.#client.send(
        new GetCommand({
          TableName: this.#tableName,
          Key: todoKey(ownerId, id),
          ConsistentRead: true,
        }),
      ),
    );
    const written = Object.fromEntries(
      Object.entries(item).filter(([, value]) => value !== undefined),
    );
    return output.Item !== undefined && isDeepStrictEqual(output.Item, written);
  }

  /** Reads only the stored version, on the failure path of a conditional write. */
  async #storedState(ownerId: string, id: string): Promise<StoredState> {
    const output = await this.#call('read a todo', () =>
      this.#client.send(
        new GetCommand({
          TableName: this.#tableName,
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
  }

  /** Runs one request, turning throttling, timeouts and network failures into port errors. */
  async #call<T>(action: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw translateDynamoDbError(error, action);
    }
  }
}
