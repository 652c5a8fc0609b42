import type { KillableStore } from '@todo/http-contract/testing';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const tsx = join(workspaceRoot, 'node_modules', '.bin', 'tsx');
const serveScript = join(workspaceRoot, 'tools', 'dynamodb-local', 'serve.ts');

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

/**
 * The test run's kind of DynamoDB server (see tools/dynamodb-local), in a process of its own
 * (`tools/dynamodb-local/serve.ts`) so that a test can kill it without touching the shared one.
 * Stores started without a port keep their tables in a fresh folder; a store started on the
 * port of a killed one takes over its folder, and so its tables and items.
 */
export const killableDynamoDbStores = () => {
  const folders = new Map<number, string>();

  const startOnce = async (port?: number): Promise<KillableStore> => {
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
        await exited;
      },
    };
  };

  // A port given back by a killed server can be busy for a moment (another process's ephemeral
  // port, a socket still closing): try it a few times before failing.
  const start = async (port?: number): Promise<KillableStore> => {
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
    /** Removes every folder the stores used; call once they are all killed. */
    async removeFolders() {
      for (const folder of new Set(folders.values())) {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
};
