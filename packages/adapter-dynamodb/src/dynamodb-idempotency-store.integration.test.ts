import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { parseOwnerId, parseTodoId, type DomainError, type Result } from '@todo/domain';
import { CorruptIdempotencyRecordError, type IdempotencyClaim, type TodoView } from '@todo/ports';
import { describeIdempotencyStoreContract } from '@todo/ports/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbIdempotencyStore } from './dynamodb-idempotency-store.js';
import { countRequests, type RequestCounter } from './test-support/request-counter.js';
import { createTestTable, type TestTable } from './test-support/test-table.js';

let contractTable: TestTable | undefined;

describeIdempotencyStoreContract(`DynamoDbIdempotencyStore on ${inject('dynamoDbKind')}`, {
  async setup() {
    contractTable = await createTestTable('idempotency-contract');
    return new DynamoDbIdempotencyStore({
      client: contractTable.documentClient,
      tableName: contractTable.tableName,
    });
  },
  teardown: () => contractTable?.drop(),
});

const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`invalid fixture: ${result.error.code}`);
  return result.value;
};

let sequence = 0;
const run = Date.now().toString(36);
const start = new Date('2026-06-01T12:00:00.000Z');
const claimFor = (label: string): IdempotencyClaim => {
  sequence += 1;
  return {
    ownerId: valid(parseOwnerId(`${label}-${run}-${sequence}`)),
    key: `key-${sequence}`,
    fingerprint: 'sha256-of-the-request',
    todoId: valid(parseTodoId(`t${String(sequence).padStart(6, '0')}`)),
    // Half a second past a whole second: stored TTLs round up.
    expiresAt: new Date(start.getTime() + 86_400_500),
  };
};
const viewOf = (claim: IdempotencyClaim): TodoView => ({
  id: claim.todoId,
  title: 'Water the plants',
  description: null,
  dueDate: '2026-12-24',
  completed: false,
  completedAt: null,
  createdAt: start.toISOString(),
  updatedAt: start.toISOString(),
  version: 1,
});

describe('DynamoDbIdempotencyStore storage', () => {
  let table: TestTable;
  let store: DynamoDbIdempotencyStore;
  let counter: RequestCounter;

  beforeAll(async () => {
    table = await createTestTable('idempotency-storage');
    counter = countRequests(table.client);
    store = new DynamoDbIdempotencyStore({
      client: table.documentClient,
      tableName: table.tableName,
    });
  });

  afterAll(() => table.drop());

  const storedItem = async (claim: IdempotencyClaim) => {
    const output = await table.documentClient.send(
      new GetCommand({
        TableName: table.tableName,
        Key: { pk: `OWNER#${claim.ownerId}`, sk: `IDEMPOTENCY#${claim.key}` },
      }),
    );
    return output.Item;
  };

  it("keeps a record in its owner's partition, with the TTL in epoch seconds and no index key", async () => {
    const claim = claimFor('layout');

    await store.claim(claim, start);
    const pending = await storedItem(claim);
    await store.complete(claim.ownerId, claim.key, claim.todoId, viewOf(claim));

    expect(pending).toEqual({
      pk: `OWNER#${claim.ownerId}`,
      sk: `IDEMPOTENCY#${claim.key}`,
      fingerprint: 'sha256-of-the-request',
      todoId: claim.todoId,
      state: 'pending',
      expiresAt: Math.ceil(claim.expiresAt.getTime() / 1000),
    });
    expect(await storedItem(claim)).toEqual({
      ...pending,
      state: 'completed',
      response: viewOf(claim),
    });
  });

  it('claims with one PutItem, completes with one UpdateItem, finds with one GetItem', async () => {
    const claim = claimFor('requests');

    const claiming = await counter.during(() => store.claim(claim, start));
    const completing = await counter.during(() =>
      store.complete(claim.ownerId, claim.key, claim.todoId, viewOf(claim)),
    );
    const finding = await counter.during(() => store.find(claim.ownerId, claim.key, start));

    expect({ claiming, completing, finding }).toEqual({
      claiming: ['PutItem'],
      completing: ['UpdateItem'],
      finding: ['GetItem'],
    });
  });

  it('answers a claim of a taken key with a failed PutItem and one GetItem', async () => {
    const claim = claimFor('taken');
    await store.claim(claim, start);
    const again = { ...claim, todoId: valid(parseTodoId('another-todo')) };

    const requests = await counter.during(() => store.claim(again, start));

    expect(requests).toEqual(['PutItem', 'GetItem']);
  });

  it('counts an expired record that DynamoDB has not deleted yet as absent', async () => {
    const claim = claimFor('lagging-ttl');
    // As TTL leaves it: expired an hour ago, still there.
    await table.documentClient.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          pk: `OWNER#${claim.ownerId}`,
          sk: `IDEMPOTENCY#${claim.key}`,
          fingerprint: 'old',
          todoId: 'old-todo',
          state: 'pending',
          expiresAt: Math.floor(start.getTime() / 1000) - 3600,
        },
      }),
    );

    expect(await store.find(claim.ownerId, claim.key, start)).toBeNull();
    expect(await store.claim(claim, start)).toEqual({ claimed: true });
  });

  it.each([
    ['a state that is neither pending nor completed', { state: 'done' }, 'state'],
    ['a todo id the domain refuses', { todoId: 'no/slashes' }, 'todoId'],
    ['an expiry that is not a number', { expiresAt: 'tomorrow' }, 'expiresAt'],
    ['a completed record without its answer', { state: 'completed' }, 'response'],
    [
      'an answer with a field of the wrong type',
      { state: 'completed', response: { id: 't1', version: '1' } },
      'response',
    ],
  ])('refuses a stored record with %s, naming its key', async (_, fields, field) => {
    const claim = claimFor('corrupt');
    await table.documentClient.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          pk: `OWNER#${claim.ownerId}`,
          sk: `IDEMPOTENCY#${claim.key}`,
          fingerprint: 'f',
          todoId: 't1',
          state: 'pending',
          expiresAt: Math.floor(start.getTime() / 1000) + 3600,
          ...fields,
        },
      }),
    );

    const error = await store.find(claim.ownerId, claim.key, start).catch((caught) => caught);

    expect(error).toBeInstanceOf(CorruptIdempotencyRecordError);
    expect(error).toMatchObject({
      code: 'idempotency.corrupt-record',
      key: `OWNER#${claim.ownerId}/IDEMPOTENCY#${claim.key}`,
      field,
    });
  });
});
