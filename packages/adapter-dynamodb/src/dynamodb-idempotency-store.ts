import {
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { OwnerId, TodoId } from '@todo/domain';
import {
  StoreUnavailableError,
  type ClaimOutcome,
  type IdempotencyClaim,
  type IdempotencyRecord,
  type IdempotencyStore,
  type TodoView,
} from '@todo/ports';
import { isConditionFailure, translateDynamoDbError } from './dynamodb-error-mapping.js';
import {
  epochSecondsDown,
  fromIdempotencyItem,
  idempotencyAttributes,
  idempotencyItemKey,
  toPendingItem,
  toStoredResponse,
} from './idempotency-item.js';
import { todoTableAttributes } from './todo-table.js';

/** What a {@link DynamoDbIdempotencyStore} works with. */
export interface DynamoDbIdempotencyStoreOptions {
  /** A document client; `createDynamoDbClients` makes one with bounded timeouts and retries. */
  readonly client: DynamoDBDocumentClient;
  /** The todo table (see `todoTableDefinition`): records live in their owner's partition. */
  readonly tableName: string;
}

// A claim that fails because the record it lost to vanished before it could be read (deleted
// by TTL, in that instant) is tried again; more than this many times means something is wrong.
const maxClaimAttempts = 3;

/**
 * The idempotency store on the todo table: one item per owner and key, `pk = OWNER#<owner>`,
 * `sk = IDEMPOTENCY#<key>`, with the TTL attribute `expiresAt` (epoch seconds), so DynamoDB
 * deletes expired records on its own, some time after they expire. Reads check `expiresAt`
 * themselves, since that deletion can lag by days.
 *
 * `claim` is one PutItem conditional on the key being free or expired; when the key is taken,
 * one strongly consistent GetItem reads the record that holds it. `complete` is one UpdateItem
 * conditional on the record being pending and for the same todo; `find` one GetItem. No
 * transaction is needed, so it works the same on DynamoDB Local and dynalite.
 *
 * @example
 * const { documentClient } = createDynamoDbClients({ region: 'eu-west-1' });
 * const idempotency = new DynamoDbIdempotencyStore({ client: documentClient, tableName: 'todos' });
 */
export class DynamoDbIdempotencyStore implements IdempotencyStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(options: DynamoDbIdempotencyStoreOptions) {
    if (options.tableName.length === 0) throw new TypeError('tableName must not be empty.');
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async claim(claim: IdempotencyClaim, now: Date): Promise<ClaimOutcome> {
    for (let attempt = 1; attempt <= maxClaimAttempts; attempt += 1) {
      if (await this.#put(claim, now)) return { claimed: true };
      const record = await this.find(claim.ownerId, claim.key, now);
      if (record !== null) return { claimed: false, record };
    }
    throw new StoreUnavailableError(
      `DynamoDB could not claim an idempotency key: the record kept changing.`,
    );
  }

  async complete(
    ownerId: OwnerId,
    key: string,
    todoId: TodoId,
    response: TodoView,
  ): Promise<boolean> {
    try {
      await this.#call('complete an idempotency record', () =>
        this.#client.send(
          new UpdateCommand({
            TableName: this.#tableName,
            Key: idempotencyItemKey(ownerId, key),
            UpdateExpression: 'SET #state = :completed, #response = :response',
            // A missing item has no state, so this never creates one either.
            ConditionExpression: '#state = :pending AND #todoId = :todoId',
            ExpressionAttributeNames: {
              '#state': idempotencyAttributes.state,
              '#response': idempotencyAttributes.response,
              '#todoId': idempotencyAttributes.todoId,
            },
            ExpressionAttributeValues: {
              ':completed': 'completed',
              ':pending': 'pending',
              ':todoId': todoId,
              ':response': toStoredResponse(response),
            },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async find(ownerId: OwnerId, key: string, now: Date): Promise<IdempotencyRecord | null> {
    const output = await this.#call('read an idempotency record', () =>
      this.#client.send(
        new GetCommand({
          TableName: this.#tableName,
          Key: idempotencyItemKey(ownerId, key),
          // Always strong: a stale read could miss the claim that holds the key.
          ConsistentRead: true,
        }),
      ),
    );
    return output.Item === undefined ? null : fromIdempotencyItem(ownerId, key, output.Item, now);
  }

  /** The conditional PutItem of a claim; `false` when a live record holds the key. */
  async #put(claim: IdempotencyClaim, now: Date): Promise<boolean> {
    try {
      await this.#call('claim an idempotency key', () =>
        this.#client.send(
          new PutCommand({
            TableName: this.#tableName,
            Item: toPendingItem(claim),
            ConditionExpression: 'attribute_not_exists(#pk) OR #expiresAt <= :now',
            ExpressionAttributeNames: {
              '#pk': todoTableAttributes.partitionKey,
              '#expiresAt': todoTableAttributes.timeToLive,
            },
            ExpressionAttributeValues: { ':now': epochSecondsDown(now) },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
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
