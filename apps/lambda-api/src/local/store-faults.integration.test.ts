import { describeStoreFaults, hs256TestSigner } from '@todo/http-contract/testing';
import { killableDynamoDbStores } from '@todo/tool-dynamodb-local';
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import '../test-support/provided-context.js';
import { testCredentials, testRegion } from '../test-support/test-table.js';
import { startLocalServer } from './local-server.js';

const stores = killableDynamoDbStores();
afterAll(() => stores.removeFolders());

// Bounds as TODO_DYNAMODB_REQUEST_TIMEOUT_MS=2000, TODO_DYNAMODB_CONNECT_TIMEOUT_MS=1000 and
// TODO_DYNAMODB_MAX_ATTEMPTS=2 set them for every handler: a call gives up after two attempts of
// 2 s and a pause. Shorter than the defaults, but not so short that a busy CI machine's DynamoDB
// Local, which can take over half a second to answer, looks down.
const timeouts = { requestTimeoutMs: 2_000, connectionTimeoutMs: 1_000, maxAttempts: 2 };

describeStoreFaults(`lambda-api local server on ${inject('dynamoDbKind')}`, {
  startStore: (port) => stores.start(port),
  async startServer(endpoint) {
    const secret = randomBytes(32).toString('base64url');
    const server = await startLocalServer({
      port: 0,
      store: {
        kind: 'dynamodb',
        tableName: 'todos',
        endpoint,
        region: testRegion,
        createTable: true,
        timeouts,
      },
      auth: { mode: 'secret', secret },
      credentials: testCredentials,
      // The 503s are expected here; their error lines would only fill the output.
      logLevel: 'CRITICAL',
    });
    return { baseUrl: server.baseUrl, ...hs256TestSigner({ secret }), stop: () => server.stop() };
  },
  storeRequestTimeoutMs: timeouts.requestTimeoutMs,
  // Two attempts of 2 s and a pause take about 4.2 s; the rest is room for a busy CI machine.
  failWithinMs: 8_000,
});
