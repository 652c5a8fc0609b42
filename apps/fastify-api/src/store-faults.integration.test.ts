import { describeStoreFaults } from '@todo/http-contract/testing';
import { killableDynamoDbStores } from '@todo/tool-dynamodb-local';
import { afterAll, inject } from 'vitest';
import './test-support/provided-context.js';
import { startTestServer } from './test-support/start-test-server.js';

const stores = killableDynamoDbStores();
afterAll(() => stores.removeFolders());

// Bounds as TODO_DYNAMODB_REQUEST_TIMEOUT_MS=2000, TODO_DYNAMODB_CONNECT_TIMEOUT_MS=1000 and
// TODO_DYNAMODB_MAX_ATTEMPTS=2 set them: a call gives up after two attempts of 2 s and a
// pause. Shorter than the defaults, but not so short that a busy CI machine's DynamoDB Local,
// which can take over half a second to answer, looks down.
const timeouts = { requestTimeoutMs: 2_000, connectionTimeoutMs: 1_000, maxAttempts: 2 };

describeStoreFaults(`fastify-api on ${inject('dynamoDbKind')}`, {
  startStore: (port) => stores.start(port),
  startServer: (endpoint) =>
    startTestServer({
      store: {
        kind: 'dynamodb',
        endpoint,
        region: 'us-east-1',
        tableName: 'todos',
        createTable: true,
        timeouts,
      },
      dynamoDbCredentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    }),
  storeRequestTimeoutMs: timeouts.requestTimeoutMs,
  // Two attempts of 2 s and a pause take about 4.2 s; the rest is room for a busy CI machine.
  failWithinMs: 8_000,
});
