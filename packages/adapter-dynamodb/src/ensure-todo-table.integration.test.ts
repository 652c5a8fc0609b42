import { randomUUID } from 'node:crypto';
import {
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDynamoDbClients } from './create-dynamodb-clients.js';
import { ensureTodoTable } from './ensure-todo-table.js';
import { testClientSettings } from './test-support/test-table.js';

describe('ensureTodoTable', () => {
  const { client } = createDynamoDbClients(testClientSettings());
  const tableName = `todos-ensure-${randomUUID()}`;

  afterAll(async () => {
    try {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
    } finally {
      client.destroy();
    }
  });

  it('creates a missing table, then finds it there', async () => {
    expect(await ensureTodoTable(client, tableName)).toBe('created');
    expect(await ensureTodoTable(client, tableName)).toBe('exists');
  });

  it('creates the table with the designed keys and status index, ACTIVE', async () => {
    await ensureTodoTable(client, tableName);

    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));

    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(Table?.GlobalSecondaryIndexes).toEqual([
      expect.objectContaining({
        IndexName: 'status-index',
        KeySchema: [
          { AttributeName: 'statusPk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      }),
    ]);
  });

  // dynalite has no UpdateTimeToLive and reports TTL as off; the helper tolerates that.
  const kind = inject('dynamoDbKind');
  it(`enables time to live on expiresAt where the server supports it (${kind})`, async () => {
    await ensureTodoTable(client, tableName);

    const { TimeToLiveDescription } = await client.send(
      new DescribeTimeToLiveCommand({ TableName: tableName }),
    );

    expect(TimeToLiveDescription).toEqual(
      kind === 'dynalite'
        ? { TimeToLiveStatus: 'DISABLED' }
        : { AttributeName: 'expiresAt', TimeToLiveStatus: 'ENABLED' },
    );
  });
});
