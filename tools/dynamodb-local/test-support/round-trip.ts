import { randomUUID } from 'node:crypto';
import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { testDynamoDbClientConfig } from '../client-config.js';

export type Item = Record<string, AttributeValue>;

export const withClient = async <T>(
  endpoint: string,
  use: (client: DynamoDBClient) => Promise<T>,
): Promise<T> => {
  const client = new DynamoDBClient(testDynamoDbClientConfig(endpoint));
  try {
    return await use(client);
  } finally {
    client.destroy();
  }
};

// Waits for ACTIVE: even with `createTableMs: 0`, dynalite reports a new table as CREATING until
// its next tick, and a write that arrives first gets ResourceNotFoundException on a busy machine.
export const createTable = async (
  client: DynamoDBClient,
  name = `t-${randomUUID()}`,
): Promise<string> => {
  await client.send(
    new CreateTableCommand({
      TableName: name,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 30 }, { TableName: name });
  return name;
};

export const putItem = async (client: DynamoDBClient, table: string, item: Item): Promise<void> => {
  await client.send(new PutItemCommand({ TableName: table, Item: item }));
};

export const getItem = async (
  client: DynamoDBClient,
  table: string,
  pk: string,
): Promise<Item | undefined> =>
  (
    await client.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: pk } }, ConsistentRead: true }),
    )
  ).Item;

export const sampleItem: Item = {
  pk: { S: 'todo#1' },
  title: { S: 'Buy milk' },
  done: { BOOL: false },
  tags: { SS: ['home', 'shop'] },
  version: { N: '3' },
};

/** Creates a table, writes `sampleItem` and reads it back; resolves to what was read. */
export const roundTrip = (endpoint: string): Promise<Item | undefined> =>
  withClient(endpoint, async (client) => {
    const table = await createTable(client);
    await putItem(client, table, sampleItem);
    return getItem(client, table, 'todo#1');
  });
