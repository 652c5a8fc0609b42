import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What `pnpm start:lambda` runs (through `nx run lambda-api:start`), from the workspace root:
// tsx as a loader in the server's own process, so a SIGTERM reaches the server itself.
const workspaceRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const startArgs = ['--import', 'tsx', 'apps/lambda-api/src/local/main.ts'];

interface Started {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  readonly token: string;
  readonly output: () => string;
}

const start = (env: Record<string, string>): Promise<Started> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, startArgs, {
      cwd: workspaceRoot,
      env: {
        ...env,
        PATH: process.env['PATH'] ?? '',
        TSX_TSCONFIG_PATH: 'apps/lambda-api/tsconfig.json',
      },
    });
    let stdout = '';
    let stderr = '';
    const output = () => `${stdout}\n${stderr}`;
    const check = () => {
      const baseUrl = /"baseUrl":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(stdout)?.[1];
      const token = /export TOKEN='([^']+)'/.exec(stderr)?.[1];
      if (baseUrl !== undefined && token !== undefined) resolve({ child, baseUrl, token, output });
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      check();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      check();
    });
    child.once('exit', (code) =>
      reject(new Error(`exited with ${code} before it was ready:\n${output()}`)),
    );
  });

const exitOf = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('pnpm start:lambda (src/local/main.ts)', () => {
  let dataDir: string;
  let server: Started;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lambda-api-main-'));
    server = await start({ PORT: '0', TODO_DATA_DIR: dataDir });
  }, 60_000);

  afterAll(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves the handlers on 127.0.0.1 with the embedded store and the printed dev token', async () => {
    const headers = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };

    const created = await fetch(`${server.baseUrl}/todos`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'Buy milk' }),
    });
    const location = created.headers.get('location') ?? '';
    const read = await fetch(`${server.baseUrl}${location}`, { headers });

    expect(created.status).toBe(201);
    expect(await read.json()).toMatchObject({ title: 'Buy milk', version: 1 });
    expect(server.output()).toMatch(/"function_name":"create-todo".*"statusCode":201/);
  });

  it('refuses a request without the token with 401', async () => {
    const response = await fetch(`${server.baseUrl}/todos`);

    expect(response.status).toBe(401);
  });

  it('stops on SIGTERM and exits 0', async () => {
    server.child.kill('SIGTERM');

    expect(await exitOf(server.child)).toBe(0);
  });

  it('refuses bad settings at start, naming the variable', async () => {
    const failed = start({ PORT: 'eighty', TODO_DATA_DIR: dataDir });

    await expect(failed).rejects.toThrow(/exited with 1[\s\S]*PORT must be a whole number/);
  });
});
