import { describeHttpContract } from '@todo/http-contract/testing';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import './test-support/provided-context.js';
import { startTestServer } from './test-support/start-test-server.js';

describeHttpContract(`fastify-api on ${inject('dynamoDbKind')}`, {
  start: () =>
    startTestServer({
      store: {
        kind: 'dynamodb',
        endpoint: inject('dynamoDbEndpoint'),
        region: 'us-east-1',
        tableName: `fastify-contract-${randomUUID()}`,
        createTable: true,
      },
      // Local servers accept any credentials; fixed ones keep the SDK from searching for real ones.
      dynamoDbCredentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    }),
});
