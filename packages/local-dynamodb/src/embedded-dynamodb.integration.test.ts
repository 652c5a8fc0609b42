import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError } from './data-dir-lock.js';
import { startEmbeddedDynamoDb, type EmbeddedDynamoDb } from './embedded-dynamodb.js';

const clientFor = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

describe('startEmbeddedDynamoDb', () => {
  let dataDir: string;
  const started: EmbeddedDynamoDb[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'local-dynamodb-'));
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((store) => store.close()));
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = async () => {
    const store = await startEmbeddedDynamoDb({ dataDir });
    started.push(store);
    return store;
  };

  it('listens on 127.0.0.1 and creates tables that are active within moments', async () => {
    const store = await start();
    expect(store.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const client = clientFor(store.endpoint);
    await client.send(
      new CreateTableCommand({
        TableName: 'todos',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    // dynalite answers CreateTable first and marks the table ACTIVE on its next turn, so the
    // first DescribeTable may still see CREATING on a busy machine. What matters to callers is
    // that it is active long before a waiter's first 1 s pause (ensure-todo-table.ts).
    const deadline = Date.now() + 500;
    let status: string | undefined;
    do {
      const described = await client.send(new DescribeTableCommand({ TableName: 'todos' }));
      status = described.Table?.TableStatus;
    } while (status !== 'ACTIVE' && Date.now() < deadline);
    client.destroy();

    expect(status).toBe('ACTIVE');
  });

  it('keeps tables and items in the data folder across restarts', async () => {
    const first = await start();
    const writer = clientFor(first.endpoint);
    await writer.send(
      new CreateTableCommand({
        TableName: 'todos',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    await writer.send(
      new PutItemCommand({ TableName: 'todos', Item: { pk: { S: 'a' }, title: { S: 'kept' } } }),
    );
    writer.destroy();
    await first.close();

    const second = await start();
    const reader = clientFor(second.endpoint);
    const read = await reader.send(
      new GetItemCommand({ TableName: 'todos', Key: { pk: { S: 'a' } } }),
    );
    reader.destroy();

    expect(read.Item?.['title']).toEqual({ S: 'kept' });
  });

  it('refuses a data folder that is already in use, naming the folder', async () => {
    await start();

    const second = startEmbeddedDynamoDb({ dataDir });

    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(second).rejects.toMatchObject({
      code: 'local-dynamodb.data-dir-locked',
      message: expect.stringContaining(dataDir),
    });
  });

  it('can be closed more than once', async () => {
    const store = await start();

    await store.close();

    await expect(store.close()).resolves.toBeUndefined();
  });
});
