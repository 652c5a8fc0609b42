import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { workspaceRoot } from './workspace-libraries.js';

/** A running verdaccio, bound to 127.0.0.1, with all its files in one throwaway folder. */
export interface LocalRegistry {
  /** Base URL with a trailing slash, as npm configuration wants it. */
  readonly url: string;
  /** Creates a user and returns a token that may publish `@todo/*`. */
  createPublisher(): Promise<string>;
  /** Stops the server and waits until it has exited. */
  stop(): Promise<void>;
}

// `@todo/*` lives only here: no uplinks, so nothing is fetched from, or confused with, the public
// registry. Consumers install everything else from the public registry themselves.
const config = `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
uplinks: {}
packages:
  '@todo/*':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  '**':
    access: $all
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;

/** A port nobody listens on right now, on 127.0.0.1. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited early:\n${output()}`);
    const answered = await fetch(new URL('-/ping', url)).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer on ${url} within 60 s:\n${output()}`);
}

/**
 * Starts verdaccio (the workspace's pinned version) on a free port of 127.0.0.1, with its config,
 * storage and users in `folder`.
 */
export async function startLocalRegistry(folder: string): Promise<LocalRegistry> {
  const configPath = join(folder, 'config.yaml');
  await writeFile(configPath, config);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const bin = join(workspaceRoot, 'node_modules/verdaccio/bin/verdaccio');

  const child = spawn(
    process.execPath,
    [bin, '--config', configPath, '--listen', `127.0.0.1:${port}`],
    {
      cwd: folder,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(killer);
    }
  };

  try {
    await waitUntilAnswering(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    stop,
    async createPublisher() {
      const name = `consumer-check-${Date.now().toString(36)}`;
      const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        // A throwaway user of a throwaway registry: the password protects nothing.
        body: JSON.stringify({ name, password: `${name}-password` }),
      });
      const body: unknown = await response.json();
      const token =
        typeof body === 'object' && body !== null && 'token' in body ? body.token : undefined;
      if (!response.ok || typeof token !== 'string') {
        throw new Error(`verdaccio refused to create a user (HTTP ${response.status})`);
      }
      return token;
    },
  };
}
