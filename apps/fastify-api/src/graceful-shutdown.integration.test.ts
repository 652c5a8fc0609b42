import { hs256TestSigner, shutDownUnderLoad } from '@todo/http-contract/testing';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { spawnApp } from './test-support/spawn-app.js';

const secret = randomBytes(32).toString('base64url');
const inFlight = 200;

describe('SIGTERM under load (dist/main.js)', () => {
  it(`answers all ${inFlight} requests in flight, refuses new connections and exits 0`, async () => {
    const app = spawnApp({ PORT: '0', TODO_STORE: 'memory', TODO_JWT_SECRET: secret });
    const baseUrl = await app.listening;

    const result = await shutDownUnderLoad(
      {
        baseUrl,
        token: await hs256TestSigner({ secret }).tokenFor('owner-sigterm'),
        terminate: () => app.kill('SIGTERM'),
        exited: app.exited.then(({ code }) => code),
      },
      inFlight,
    );

    expect(result.failures).toEqual([]);
    expect(result.statuses).toEqual(Array(inFlight).fill(201));
    expect(['ECONNREFUSED', 'answered 503']).toContain(result.lateConnection);
    expect(result.exitCode).toBe(0);
    expect(result.exitMs).toBeLessThan(10_000);
    console.info(
      `SIGTERM under load (fastify-api): ${inFlight} in flight, all answered 201, last ` +
        `${result.lastAnswerMs.toFixed(0)} ms after the signal; exit 0 after ${result.exitMs.toFixed(0)} ms`,
    );
  });
});
