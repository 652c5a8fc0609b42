import { describeHttpContract } from '@todo/http-contract/testing';
import { startTestServer } from './test-support/start-test-server.js';

describeHttpContract('fastify-api on the memory store', {
  start: () => startTestServer({ store: { kind: 'memory' } }),
});
