import { afterAll, describe, expect, it } from 'vitest';
import { killableDynamoDbStores } from './killable-dynamodb.js';
import {
  createTable,
  getItem,
  putItem,
  sampleItem,
  withClient,
} from './test-support/round-trip.js';
import { accepts } from './test-support/sockets.js';

describe('killableDynamoDbStores', () => {
  const stores = killableDynamoDbStores();
  afterAll(() => stores.removeFolders());

  it('kills a server at once, and one started on its port has its tables and items', async () => {
    const first = await stores.start();
    const table = await withClient(first.endpoint, async (client) => {
      const name = await createTable(client);
      await putItem(client, name, sampleItem);
      return name;
    });

    await first.kill();
    const refusedAfterKill = !(await accepts('127.0.0.1', first.port));
    const second = await stores.start(first.port);
    try {
      expect(refusedAfterKill).toBe(true);
      expect(second.port).toBe(first.port);
      expect(second.endpoint).toBe(`http://127.0.0.1:${first.port}`);
      expect(
        await withClient(second.endpoint, (client) => getItem(client, table, 'todo#1')),
      ).toEqual(sampleItem);
    } finally {
      await second.kill();
    }
  });

  it('gives a server started without a port empty storage of its own', async () => {
    const first = await stores.start();
    const second = await stores.start();
    try {
      const table = await withClient(first.endpoint, (client) => createTable(client));

      expect(second.port).not.toBe(first.port);
      const tablesOfSecond = await withClient(second.endpoint, (client) =>
        getItem(client, table, 'todo#1').then(
          () => 'found',
          (error: unknown) => (error instanceof Error ? error.name : 'unknown'),
        ),
      );
      expect(tablesOfSecond).toBe('ResourceNotFoundException');
    } finally {
      await first.kill();
      await second.kill();
    }
  });
});
