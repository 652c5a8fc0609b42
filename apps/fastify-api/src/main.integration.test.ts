import { hs256TestSigner } from '@todo/http-contract/testing';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnApp, type SpawnedApp } from './test-support/spawn-app.js';

const secret = randomBytes(32).toString('base64url');
const signer = hs256TestSigner({ secret });

describe('the built app (dist/main.js)', () => {
  let dataDir: string;
  const running: SpawnedApp[] = [];
  const start = (env: Record<string, string>) => {
    const app = spawnApp({ PORT: '0', ...env });
    running.push(app);
    return app;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'fastify-main-'));
  });
  afterEach(async () => {
    for (const app of running.splice(0)) {
      app.kill('SIGKILL');
      await app.exited;
    }
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('without auth settings, runs in a labelled development mode and prints a working token', async () => {
    const app = start({ TODO_STORE: 'memory' });
    const baseUrl = await app.listening;
    await expect.poll(() => app.stderr()).toContain('API docs:');

    const banner = app.stderr();
    const token = /export TOKEN='([^']+)'/.exec(banner)?.[1] ?? '';
    const created = await fetch(`${baseUrl}/todos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'From the banner' }),
    });
    const foreign = await fetch(`${baseUrl}/todos`, {
      headers: { authorization: `Bearer ${await signer.tokenFor('dev-user')}` },
    });

    expect(banner).toContain('DEVELOPMENT MODE');
    expect(banner).toContain(`curl -s -X POST ${baseUrl}/todos`);
    expect(created.status).toBe(201);
    expect(foreign.status).toBe(401);
    expect(app.stdout()).toContain('"authMode":"development"');
  });

  it('with a secret, prints no token', async () => {
    const app = start({ TODO_STORE: 'memory', TODO_JWT_SECRET: secret });
    const baseUrl = await app.listening;

    const response = await fetch(`${baseUrl}/todos`, {
      headers: { authorization: `Bearer ${await signer.tokenFor('owner-1')}` },
    });

    expect(response.status).toBe(200);
    expect(app.stderr()).not.toContain('DEVELOPMENT MODE');
  });

  it('stops with exit code 1 and names the variable when a setting is wrong', async () => {
    const app = start({ TODO_STORE: 'memory', PORT: 'eighty', TODO_JWT_SECRET: 'short' });

    const { code } = await app.exited;

    expect(code).toBe(1);
    expect(app.stderr()).toContain('PORT must be a whole number');
    expect(app.stderr()).toContain('TODO_JWT_SECRET must be at least 32 bytes');
    expect(app.stderr()).not.toMatch(/\n\s+at /);
  });

  it('on SIGTERM, finishes the request in flight, then exits 0', async () => {
    const app = start({ TODO_STORE: 'memory', TODO_JWT_SECRET: secret });
    const { port } = new URL(await app.listening);
    const body = JSON.stringify({ title: 'Sent slowly' });

    // One kept-alive connection: a first request proves it is accepted, then a POST whose body
    // arrives in two parts, with SIGTERM in between.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const warmUp = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/health', agent }, (res) => {
        res.resume().on('end', () => resolve(res.statusCode ?? 0));
      })
        .on('error', reject)
        .end();
    });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const sending = request(
        {
          host: '127.0.0.1',
          port,
          agent,
          method: 'POST',
          path: '/todos',
          headers: {
            authorization: `Bearer ${signer.tokenFor('owner-slow')}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      sending.on('error', reject);
      sending.write(body.slice(0, 5));
      setTimeout(() => {
        app.kill('SIGTERM');
        setTimeout(() => sending.end(body.slice(5)), 500);
      }, 1000);
    });

    const answered = await response;
    const { code } = await app.exited;

    expect(warmUp).toBe(200);
    expect(answered.status).toBe(201);
    expect(JSON.parse(answered.body)).toMatchObject({ title: 'Sent slowly' });
    expect(code).toBe(0);
    expect(app.stdout()).toContain('"msg":"stopped"');
    agent.destroy();
  });

  it('writes a request log line within about a second on a quiet server', async () => {
    const app = start({ TODO_STORE: 'memory', TODO_JWT_SECRET: secret });
    const baseUrl = await app.listening;

    const response = await fetch(`${baseUrl}/health`, {
      headers: { 'x-request-id': 'quiet-server-line' },
    });

    expect(response.status).toBe(200);
    await expect
      .poll(() => app.stdout(), { timeout: 3_000 })
      .toContain('"requestId":"quiet-server-line"');
  });

  it('writes the buffered request log lines before exiting on SIGTERM', async () => {
    const app = start({ TODO_STORE: 'memory', TODO_JWT_SECRET: secret });
    const baseUrl = await app.listening;
    const requestIds = ['before-exit-1', 'before-exit-2', 'before-exit-3'];

    for (const requestId of requestIds) {
      await fetch(`${baseUrl}/health`, { headers: { 'x-request-id': requestId } });
    }
    app.kill('SIGTERM');
    const { code } = await app.exited;

    expect(code).toBe(0);
    for (const requestId of requestIds) {
      expect(app.stdout()).toContain(`"requestId":"${requestId}"`);
    }
  });

  it('keeps todos of the local store in TODO_DATA_DIR across restarts', async () => {
    const env = { TODO_STORE: 'local', TODO_DATA_DIR: dataDir, TODO_JWT_SECRET: secret };
    const headers = { authorization: `Bearer ${signer.tokenFor('owner-local')}` };
    const first = start(env);
    const created = await fetch(`${await first.listening}/todos`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Survives a restart' }),
    });
    const location = created.headers.get('location') ?? '';
    first.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);

    const second = start(env);
    const read = await fetch(`${await second.listening}${location}`, { headers });

    expect(created.status).toBe(201);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ title: 'Survives a restart' });
  });

  it('refuses to share the local data folder with another running app', async () => {
    const env = { TODO_STORE: 'local', TODO_DATA_DIR: dataDir, TODO_JWT_SECRET: secret };
    await start(env).listening;

    const second = start(env);
    const { code } = await second.exited;

    expect(code).toBe(1);
    expect(second.stderr()).toContain('is in use by another process');
  });
});
