import { startEmbeddedDynamoDb, type EmbeddedDynamoDb } from '@todo/local-dynamodb';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/start-test-server.js';

// A store that goes away while the app runs: dynalite in this process, stopped mid-test.
describe('when the store stops answering', () => {
  let dataDir: string;
  let store: EmbeddedDynamoDb;
  let server: TestServer;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'fastify-store-failure-'));
    store = await startEmbeddedDynamoDb({ dataDir });
    server = await startTestServer({
      store: {
        kind: 'dynamodb',
        endpoint: store.endpoint,
        region: 'us-east-1',
        tableName: 'todos',
        createTable: true,
      },
      dynamoDbCredentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  });

  afterAll(async () => {
    await server.stop();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('is ready while the store answers, then answers 503 with Retry-After', async () => {
    const token = await server.tokenFor('owner-outage');
    const before = await fetch(`${server.baseUrl}/ready`);
    expect(before.status).toBe(200);

    await store.close();
    const ready = await fetch(`${server.baseUrl}/ready`);
    const list = await fetch(`${server.baseUrl}/todos`, {
      headers: { authorization: `Bearer ${token}` },
    });

    for (const response of [ready, list]) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ code: 'store.unavailable', status: 503 });
    }
    const health = await fetch(`${server.baseUrl}/health`);
    expect(health.status).toBe(200);
  });
});
