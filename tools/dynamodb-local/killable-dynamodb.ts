import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(workspaceRoot, 'node_modules', '.bin', 'tsx');
const serveScript = fileURLToPath(new URL('./serve.ts', import.meta.url));

/**
 * A DynamoDB server a test can kill: the same shape as `KillableStore` in
 * `@todo/http-contract/testing`, so it can be handed to its store-fault suite as it is.
 */
export interface KillableDynamoDb {
  /** Base URL for the SDK's `endpoint` option, e.g. `http://127.0.0.1:41234`. */
  readonly endpoint: string;
  readonly port: number;
  /**
   * Kills the server at once (SIGKILL), with no goodbye to open connections, and resolves once
   * it is gone.
   */
  kill(): Promise<void>;
}

/** Starts killable servers and cleans up after them; see {@link killableDynamoDbStores}. */
export interface KillableDynamoDbStores {
  /**
   * Starts a server on `port`, or on a free port when absent. Given the port of a killed server,
   * the new one keeps its tables in that server's folder, and so has its tables and items.
   */
  start(port?: number): Promise<KillableDynamoDb>;
  /** Removes every folder the servers used; call once they are all killed. */
  removeFolders(): Promise<void>;
}

interface Served {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
}

const servedLine = (line: string): Served => {
  const value: unknown = JSON.parse(line);
  if (
    typeof value === 'object' &&
    value !== null &&
    'endpoint' in value &&
    typeof value.endpoint === 'string' &&
    'port' in value &&
    typeof value.port === 'number' &&
    'pid' in value &&
    typeof value.pid === 'number'
  ) {
    return { endpoint: value.endpoint, port: value.port, pid: value.pid };
  }
  throw new Error(`Unexpected line from serve.ts: ${line}`);
};

const killQuietly = (pid: number) => {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
};

const refusesConnections = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

// SIGKILL returns before the process is gone, and the socket closes only when it is: wait for the
// port to refuse connections, so a test that kills its store sees a dead store at once.
const untilRefused = async (port: number): Promise<void> => {
  const deadline = Date.now() + 10_000;
  while (!(await refusesConnections(port))) {
    if (Date.now() > deadline) throw new Error(`127.0.0.1:${port} still answers after SIGKILL`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/**
 * The test run's kind of DynamoDB server (DynamoDB Local, or dynalite: see README.md), each in a
 * process of its own (`serve.ts`), so that a test can kill it without touching the run's shared
 * server. Servers keep their tables on disk, in a fresh folder unless started on the port of a
 * killed one, whose folder they take over.
 *
 * @example
 * const stores = killableDynamoDbStores();
 * const store = await stores.start();
 * await store.kill();
 * const again = await stores.start(store.port); // same port, same tables and items
 * await again.kill();
 * await stores.removeFolders();
 */
export const killableDynamoDbStores = (): KillableDynamoDbStores => {
  const folders = new Map<number, string>();

  const startOnce = async (port?: number): Promise<KillableDynamoDb> => {
    const dataDir =
      (port === undefined ? undefined : folders.get(port)) ??
      (await mkdtemp(join(tmpdir(), 'killable-dynamodb-')));
    const child = spawn(
      tsx,
      [serveScript, '--db-path', dataDir, ...(port === undefined ? [] : ['--port', String(port)])],
      { cwd: workspaceRoot, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const served = await new Promise<Served>((resolve, reject) => {
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const line = stdout.split('\n')[0];
        if (stdout.includes('\n') && line !== undefined) {
          try {
            resolve(servedLine(line));
          } catch (error) {
            reject(error);
          }
        }
      });
      void exited.then(() => reject(new Error(`serve.ts exited before answering:\n${stderr}`)));
    });
    folders.set(served.port, dataDir);

    return {
      endpoint: served.endpoint,
      port: served.port,
      async kill() {
        killQuietly(served.pid);
        killQuietly(child.pid ?? served.pid);
        // tsx runs serve.ts in a process of its own, which outlives the tsx process when that is
        // killed; serve.ts exits when its standard input closes.
        child.stdin.destroy();
        await exited;
        await untilRefused(served.port);
      },
    };
  };

  // A port given back by a killed server can be busy for a moment (another process's ephemeral
  // port, a socket still closing): try it a few times before failing.
  const start = async (port?: number): Promise<KillableDynamoDb> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await startOnce(port);
      } catch (error) {
        if (port === undefined || attempt === 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  };

  return {
    start,
    async removeFolders() {
      for (const folder of new Set(folders.values())) {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
};
