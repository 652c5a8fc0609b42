import { createDynamoDbClients } from '@todo/adapter-dynamodb';
import { describeHostileRequests } from '@todo/http-contract/testing';
import { scanTable } from '@todo/tool-dynamodb-local';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import './test-support/provided-context.js';
import { startTestServer, testAudience, testIssuer } from './test-support/start-test-server.js';

// Local servers accept any credentials; fixed ones keep the SDK from searching for real ones.
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
// Short, so that the 408 cases wait a second rather than the app's ten.
const requestTimeoutMs = 1_000;

describeHostileRequests(`fastify-api on ${inject('dynamoDbKind')}`, {
  async start() {
    const endpoint = inject('dynamoDbEndpoint');
    const tableName = `fastify-hostile-${randomUUID()}`;
    const server = await startTestServer({
      store: { kind: 'dynamodb', endpoint, region: 'us-east-1', tableName, createTable: true },
      dynamoDbCredentials: credentials,
      requestTimeoutMs,
    });
    const { client } = createDynamoDbClients({ endpoint, region: 'us-east-1', credentials });
    return {
      ...server,
      issuer: testIssuer,
      audience: testAudience,
      requestTimeoutMs,
      readStore: () => scanTable(client, tableName),
      async stop() {
        await server.stop();
        client.destroy();
      },
    };
  },
});
