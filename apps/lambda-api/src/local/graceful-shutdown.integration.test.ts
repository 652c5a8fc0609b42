import { hs256TestSigner, shutDownUnderLoad } from '@todo/http-contract/testing';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What `pnpm start:lambda` runs, from the workspace root.
const workspaceRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const tsx = join(workspaceRoot, 'node_modules', '.bin', 'tsx');
const secret = randomBytes(32).toString('base64url');
const inFlight = 200;

describe('SIGTERM under load (pnpm start:lambda)', () => {
  it(`answers all ${inFlight} requests in flight, refuses new connections and exits 0`, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lambda-api-sigterm-'));
    const child = spawn(
      tsx,
      ['--tsconfig', 'apps/lambda-api/tsconfig.json', 'apps/lambda-api/src/local/main.ts'],
      {
        cwd: workspaceRoot,
        env: {
          PATH: process.env['PATH'] ?? '',
          PORT: '0',
          TODO_DATA_DIR: dataDir,
          TODO_JWT_SECRET: secret,
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
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
