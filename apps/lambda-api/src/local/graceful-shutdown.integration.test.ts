import { hs256TestSigner, shutDownUnderLoad } from '@todo/http-contract/testing';
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import '../test-support/provided-context.js';

// What `pnpm start:lambda` runs, from the workspace root: Node with tsx as its loader.
const workspaceRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const secret = randomBytes(32).toString('base64url');
// Half the Fastify app's 200: every create here is a DynamoDB Local write, which on a busy 2-core
// machine ran at 40-80 a second, and all of them must finish inside the app's 10 s shutdown bound.
const inFlight = 100;

describe('SIGTERM under load (pnpm start:lambda)', () => {
  it(`answers all ${inFlight} requests in flight, refuses new connections and exits 0`, async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'apps/lambda-api/src/local/main.ts'],
      {
        cwd: workspaceRoot,
        env: {
          PATH: process.env['PATH'] ?? '',
          TSX_TSCONFIG_PATH: 'apps/lambda-api/tsconfig.json',
          PORT: '0',
          TODO_JWT_SECRET: secret,
          // The run's DynamoDB Local, in a process of its own.
          TODO_STORE: 'dynamodb',
          TODO_TABLE_NAME: `lambda-sigterm-${randomUUID()}`,
          TODO_DYNAMODB_ENDPOINT: inject('dynamoDbEndpoint'),
          TODO_CREATE_TABLE: 'true',
          AWS_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'test',
          AWS_SECRET_ACCESS_KEY: 'test',
          // All the creates reach the one create-todo client at once. The SDK keeps 50 sockets and
          // counts the wait for one against the connect timeout (1 s by default), so on a busy
          // machine the default would answer some with 503 whatever the shutdown does; this test
          // is about the shutdown.
          TODO_DYNAMODB_CONNECT_TIMEOUT_MS: '10000',
          TODO_DYNAMODB_REQUEST_TIMEOUT_MS: '10000',
        },
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let stdout = '';
    const baseUrl = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const url = /"baseUrl":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(stdout)?.[1];
        if (url !== undefined) resolve(url);
      });
      void exited.then((code) => reject(new Error(`exited with ${code} before it was ready`)));
    });

    try {
      const result = await shutDownUnderLoad(
        {
          baseUrl,
          token: await hs256TestSigner({ secret }).tokenFor('owner-sigterm'),
          terminate: () => child.kill('SIGTERM'),
          exited,
        },
        inFlight,
      );

      expect(result.failures).toEqual([]);
      expect(result.statuses).toEqual(Array(inFlight).fill(201));
      expect(['ECONNREFUSED', 'answered 503']).toContain(result.lateConnection);
      expect(result.exitCode).toBe(0);
      expect(result.exitMs).toBeLessThan(10_000);
      console.info(
        `SIGTERM under load (lambda-api local server): ${inFlight} in flight, all answered 201, ` +
          `last ${result.lastAnswerMs.toFixed(0)} ms after the signal; exit 0 after ` +
          `${result.exitMs.toFixed(0)} ms`,
      );
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
