import { describeStoreFaults } from '@todo/http-contract/testing';
import { afterAll, inject } from 'vitest';
import { killableDynamoDbStores } from './test-support/killable-dynamodb.js';
import './test-support/provided-context.js';
import { startTestServer } from './test-support/start-test-server.js';

const stores = killableDynamoDbStores();
afterAll(() => stores.removeFolders());

// Short bounds, as TODO_DYNAMODB_REQUEST_TIMEOUT_MS=500, TODO_DYNAMODB_CONNECT_TIMEOUT_MS=500 and
// TODO_DYNAMODB_MAX_ATTEMPTS=2 set them: a call gives up after two attempts of 0.5 s and a pause.
const timeouts = { requestTimeoutMs: 500, connectionTimeoutMs: 500, maxAttempts: 2 };

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
  // Two attempts of 0.5 s and a pause take about 1.2 s; the rest is room for a busy CI machine.
  failWithinMs: 5_000,
});
