import { afterAll, beforeAll, describe } from 'vitest';
import { describeAuthentication } from './authentication-cases.js';
import { describeChange } from './change-cases.js';
import { describeConcurrentChanges } from './concurrency-cases.js';
import { describeCreate } from './create-cases.js';
import type { HttpContractServer, HttpContractTarget } from './http-contract-server.js';
import { describeIdempotentCreate } from './idempotency-cases.js';
import { describeOperational } from './operational-cases.js';
import { describeRead } from './read-cases.js';
import { suiteContext, type SuiteContext } from './suite-context.js';

/**
 * The HTTP contract suite: every route, status and client-reachable error code of the API,
 * driven over a real socket with `fetch`. It knows nothing of the server behind `baseUrl`, so any
 * app that serves the contract (Fastify, the Lambda functions behind a local gateway) runs it
 * unchanged. The server is started once; each test makes its own owners, so no test sees
 * another's todos and the store needs no cleaning.
 *
 * @example
 * describeHttpContract('fastify-api on the memory store', {
 *   async start() {
 *     const app = await startTestServer({ store: 'memory' });
 *     return { baseUrl: app.baseUrl, tokenFor: app.tokenFor, signClaims: app.signClaims, stop: app.stop };
 *   },
 * });
 */
export const describeHttpContract = (name: string, target: HttpContractTarget): void => {
  describe(`HTTP contract: ${name}`, { timeout: 30_000 }, () => {
    let server: HttpContractServer | undefined;
    let context: SuiteContext | undefined;

    beforeAll(async () => {
      server = await target.start();
      context = suiteContext(server);
    }, 60_000);

    afterAll(async () => {
      await server?.stop();
    }, 60_000);

    const current = (): SuiteContext => {
      if (context === undefined) throw new Error('The server under test did not start.');
      return context;
    };

    describeOperational(current);
    describeAuthentication(current);
    describeCreate(current);
    describeRead(current);
    describeChange(current);
    describeIdempotentCreate(current);
    describeConcurrentChanges(current);
  });
};
