import {
  CreateTableCommand,
  PutItemCommand,
  waitUntilTableExists,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { expect, inject, it } from 'vitest';
import { scanTable } from './scan-table.js';
import { withClient } from './test-support/round-trip.js';

// Items of about 300 KB: four of them pass Scan's 1 MB page, so the result needs every page.
const padding = 'x'.repeat(300 * 1024);

it('reads every page of a table and sorts the items by pk, then sk', async () => {
  const written: [string, string][] = [
    ['todo#b', '2'],
    ['todo#a', '2'],
    ['todo#b', '1'],
    ['todo#a', '1'],
  ];

  const items = await withClient(inject('dynamoDbEndpoint'), async (client) => {
    const tableName = `scan-${randomUUID()}`;
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    await waitUntilTableExists({ client, minDelay: 1, maxWaitTime: 30 }, { TableName: tableName });
    for (const [pk, sk] of written) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: { pk: { S: pk }, sk: { S: sk }, padding: { S: padding } },
        }),
      );
    }
    return scanTable(client, tableName);
  });

  const keys = (item: Record<string, AttributeValue>) => [item['pk']?.S, item['sk']?.S];
  expect(items.map(keys)).toEqual([
    ['todo#a', '1'],
    ['todo#a', '2'],
    ['todo#b', '1'],
    ['todo#b', '2'],
  ]);
  expect(items.every((item) => item['padding']?.S === padding)).toBe(true);
});
