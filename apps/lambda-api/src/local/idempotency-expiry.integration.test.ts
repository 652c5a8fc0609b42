import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClients } from '@todo/adapter-dynamodb';
import { hs256TestSigner, send } from '@todo/http-contract/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import '../test-support/provided-context.js';
import { testCredentials, testRegion } from '../test-support/test-table.js';
import { startLocalServer, type LocalServer } from './local-server.js';

// The contract suite proves replays and refusals; only a server whose clock a test can move
// shows that a key is forgotten after its lifetime (24 hours, the use cases' default).
const dayInSeconds = 24 * 60 * 60;

describe(`Idempotency-Key lifetime, lambda-api local server on ${inject('dynamoDbKind')}`, () => {
  let now = new Date('2026-06-01T12:00:00.000Z');
  const advance = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };
  const endpoint = inject('dynamoDbEndpoint');
  const tableName = `lambda-idempotency-${randomUUID()}`;
  const secret = randomBytes(32).toString('base64url');
  const signer = hs256TestSigner({ secret });
  let server: LocalServer;
  let token: string;

  beforeAll(async () => {
    server = await startLocalServer({
      port: 0,
      store: { kind: 'dynamodb', tableName, endpoint, region: testRegion, createTable: true },
      auth: { mode: 'secret', secret },
      credentials: testCredentials,
      logLevel: 'ERROR',
      clock: { now: () => now },
    });
    token = await signer.tokenFor(`owner-${randomUUID()}`);
  });

  afterAll(async () => {
    await server.stop();
    const { client } = createDynamoDbClients({
      endpoint,
      region: testRegion,
      credentials: testCredentials,
    });
    await client.send(new DeleteTableCommand({ TableName: tableName }));
    client.destroy();
  });

  const post = (key: string, title: string) =>
    send(server.baseUrl, 'POST', '/todos', {
      token,
      json: { title },
      headers: { 'idempotency-key': key },
    });

  it('replays for 24 hours, then lets the key create a new todo', async () => {
    const key = randomUUID();
    const first = await post(key, 'Renew the lease');

    advance(dayInSeconds - 1);
    const lastReplay = await post(key, 'Renew the lease');
    const stillRefused = await post(key, 'Something else');
    advance(1);
    const afterExpiry = await post(key, 'Something else');
    const replayOfTheNew = await post(key, 'Something else');

    expect(first.status).toBe(201);
    expect(lastReplay.body).toEqual(first.body);
    expect(stillRefused.body).toMatchObject({ code: 'idempotency.key-reused' });
    expect(afterExpiry.status).toBe(201);
    expect(afterExpiry.body).toMatchObject({ title: 'Something else' });
    expect(afterExpiry.headers.get('location')).not.toBe(first.headers.get('location'));
    expect(replayOfTheNew.body).toEqual(afterExpiry.body);
  });
});
