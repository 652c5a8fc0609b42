import { describeIdempotencyExpiry } from '@todo/http-contract/testing';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import './test-support/provided-context.js';
import { startTestServer } from './test-support/start-test-server.js';

describeIdempotencyExpiry(`fastify-api on ${inject('dynamoDbKind')}`, {
  start: (clock) =>
    startTestServer({
      store: {
        kind: 'dynamodb',
        endpoint: inject('dynamoDbEndpoint'),
        region: 'us-east-1',
        tableName: `fastify-idempotency-${randomUUID()}`,
        createTable: true,
      },
      dynamoDbCredentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      clock,
    }),
});
