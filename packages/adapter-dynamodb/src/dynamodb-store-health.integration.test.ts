import { createServer } from 'node:net';
import { StoreUnavailableError } from '@todo/ports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbClients } from './create-dynamodb-clients.js';
import { DynamoDbStoreHealth } from './dynamodb-store-health.js';
import { createTestTable, testClientSettings, type TestTable } from './test-support/test-table.js';

const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
};

describe('DynamoDbStoreHealth', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable('health');
  });

  afterAll(() => table.drop());

  it.each([
    ['the client', () => table.client],
    ['the document client', () => table.documentClient],
  ])('passes for an existing table through %s', async (_, client) => {
    const health = new DynamoDbStoreHealth({ client: client(), tableName: table.tableName });

    await expect(health.check()).resolves.toBeUndefined();
  });

  it('fails with store-unavailable when the table is missing', async () => {
    const health = new DynamoDbStoreHealth({ client: table.client, tableName: 'no-such-table' });

    await expect(health.check()).rejects.toMatchObject({
      constructor: StoreUnavailableError,
      cause: { name: 'ResourceNotFoundException' },
    });
  });

  it('fails with store-unavailable when the endpoint is down', async () => {
    const { client } = createDynamoDbClients({
      ...testClientSettings(),
      endpoint: `http://127.0.0.1:${await closedPort()}`,
    });
    const health = new DynamoDbStoreHealth({ client, tableName: table.tableName });

    try {
      await expect(health.check()).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      client.destroy();
    }
  });
});
