import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../free-port.js';
import { cpuMicrosOf, rssBytesOf } from '../process-stats.js';

/** A server running in its own Node process, so its CPU time and memory can be read apart. */
export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly baseUrl: string;
  cpuMicros(): Promise<number>;
  rssBytes(): Promise<number>;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone. */
  stop(): Promise<void>;
}

/** How to start one server. */
export interface ServerLaunch {
  readonly name: string;
  /** The JavaScript file to run with `node`. */
  readonly script: string;
  readonly nodeOptions?: readonly string[];
  /** Added to a minimal environment; `HOST` and `PORT` are set here. */
  readonly env?: Readonly<Record<string, string>>;
  /** Working directory, e.g. for `--cpu-prof` output. */
  readonly cwd?: string;
}

const startTimeoutMs = 30_000;

const answersHealth = async (baseUrl: string): Promise<boolean> => {
  try {
    const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
};

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

/**
 * Starts a server on a free port of 127.0.0.1 and resolves once `GET /health` answers 200.
 * Its standard output (the app's request log) goes to /dev/null; the last lines of standard
 * error are kept for the error message if it fails to start.
 */
export const startServerProcess = async (launch: ServerLaunch): Promise<ServerProcess> => {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(launch.nodeOptions ?? []), launch.script], {
    cwd: launch.cwd ?? process.cwd(),
    // Only what the servers need: no inherited NODE_OPTIONS (tsx's loader, vitest's) that would
    // make the measured processes differ from production ones.
    env: { PATH: process.env['PATH'] ?? '', HOST: '127.0.0.1', PORT: String(port), ...launch.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`bench.server-spawn-failed: ${launch.name}`);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited(child);
    clearTimeout(killer);
  };

  const deadline = Date.now() + startTimeoutMs;
  while (!(await answersHealth(baseUrl))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`bench.server-start-failed: ${launch.name} did not answer.\n${stderr}`);
    }
    await sleep(50);
  }

  return {
    name: launch.name,
    pid,
    baseUrl,
    cpuMicros: () => cpuMicrosOf(pid),
    rssBytes: () => rssBytesOf(pid),
    stop,
  };
};
