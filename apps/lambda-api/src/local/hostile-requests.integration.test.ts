import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClients } from '@todo/adapter-dynamodb';
import { describeHostileRequests, hs256TestSigner } from '@todo/http-contract/testing';
import { scanTable } from '@todo/tool-dynamodb-local';
import { randomBytes, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import '../test-support/provided-context.js';
import { testCredentials, testRegion } from '../test-support/test-table.js';
import { startLocalServer } from './local-server.js';

const issuer = 'https://issuer.todo.test';
const audience = 'todo-api';
// Short, so that the 408 cases wait a second rather than the server's ten.
const requestTimeoutMs = 1_000;

describeHostileRequests(`lambda-api local server on ${inject('dynamoDbKind')}`, {
  async start() {
    const secret = randomBytes(32).toString('base64url');
    const endpoint = inject('dynamoDbEndpoint');
    const tableName = `lambda-hostile-${randomUUID()}`;
    const server = await startLocalServer({
      port: 0,
      store: { kind: 'dynamodb', tableName, endpoint, region: testRegion, createTable: true },
      auth: { mode: 'secret', secret, issuer, audience },
      credentials: testCredentials,
      // Only failures: the suite sends a few thousand requests.
      logLevel: 'ERROR',
      requestTimeoutMs,
    });
    const { client } = createDynamoDbClients({
      endpoint,
      region: testRegion,
      credentials: testCredentials,
    });
    return {
      baseUrl: server.baseUrl,
      ...hs256TestSigner({ secret, issuer, audience }),
      issuer,
      audience,
      requestTimeoutMs,
      readStore: () => scanTable(client, tableName),
      async stop() {
        await server.stop();
        await client.send(new DeleteTableCommand({ TableName: tableName }));
        client.destroy();
      },
    };
  },
});
