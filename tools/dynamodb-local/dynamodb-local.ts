import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { delimiter, resolve } from 'node:path';
import { describeExit, killOnExit, terminate, whenExited } from './child-process.js';
import type { Exit } from './child-process.js';
import { dynamoDbLocalJar, dynamoDbLocalLibDir, ensureDynamoDbLocal } from './emulator.js';
import { freeLoopbackPort } from './free-port.js';
import {
  ensureLoopbackLauncher,
  LAUNCHER_CLASS,
  LAUNCHER_EXIT_PORT_IN_USE,
  LAUNCHER_LISTENING,
} from './launcher.js';
import { OutputTail } from './output-tail.js';
import type { RunningDynamoDb } from './running.js';
import { waitUntilAnswering } from './wait-until-answering.js';

export interface DynamoDbLocalOptions {
  /** Keep the tables in memory, lost on stop. The default when no `dbPath` is given. */
  inMemory?: boolean;
  /** Keep the tables in SQLite files in this folder instead; it is created if missing. */
  dbPath?: string;
  /**
   * Listen on this port of 127.0.0.1 instead of a free one, e.g. to start a server again where a
   * stopped one was. Fails if the port is taken (no retry on another).
   */
  port?: number;
}

export interface RunningDynamoDbLocal extends RunningDynamoDb {
  /** The java process's id, for diagnostics. */
  pid: number;
}

const STARTUP_TIMEOUT_MS = 30_000;
const PORT_ATTEMPTS = 5;

/** A test server needs neither a parallel collector nor the optimizing JIT; both slow the start. */
const JVM_OPTIONS = ['-XX:+UseSerialGC', '-Xmx512m', '-XX:TieredStopAtLevel=1'];

/**
 * Starts Amazon DynamoDB Local on a free port of 127.0.0.1 and resolves once it answers requests.
 * Downloads it on first use; needs a JDK (java and javac).
 */
export async function startDynamoDbLocal(
  options: DynamoDbLocalOptions = {},
): Promise<RunningDynamoDbLocal> {
  const storage = await storageArguments(options);
  const emulatorDir = await ensureDynamoDbLocal();
  const launcherDir = await ensureLoopbackLauncher(emulatorDir);
  const javaArguments = [
    `-Djava.library.path=${dynamoDbLocalLibDir(emulatorDir)}`,
    ...JVM_OPTIONS,
    '-Ddynamodb.local.exitOnStdinClose=true',
    '-cp',
    [dynamoDbLocalJar(emulatorDir), launcherDir].join(delimiter),
    LAUNCHER_CLASS,
    ...storage,
    '-disableTelemetry',
  ];
  for (let attempt = 1; ; attempt += 1) {
    const port = options.port ?? (await freeLoopbackPort());
    try {
      return await launch(javaArguments, port, emulatorDir);
    } catch (error) {
      // Another process can take the port between our probe and java's bind.
      const retry = error instanceof PortTakenError && options.port === undefined;
      if (!retry || attempt === PORT_ATTEMPTS) throw error;
    }
  }
}

async function storageArguments({ inMemory, dbPath }: DynamoDbLocalOptions): Promise<string[]> {
  // Always -sharedDb: without it, each access key and region sees its own set of tables.
  if (dbPath === undefined) {
    if (inMemory === false) {
      throw new TypeError('startDynamoDbLocal: inMemory: false needs a dbPath');
    }
    return ['-inMemory', '-sharedDb'];
  }
  if (inMemory === true) {
    throw new TypeError('startDynamoDbLocal: pass either inMemory: true or a dbPath, not both');
  }
  const dir = resolve(dbPath);
  await mkdir(dir, { recursive: true });
  return ['-sharedDb', '-dbPath', dir];
}

class PortTakenError extends Error {}

async function launch(
  javaArguments: string[],
  port: number,
  emulatorDir: string,
): Promise<RunningDynamoDbLocal> {
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn('java', [...javaArguments, '-port', String(port)], {
    // In 1.25.1 the -disableTelemetry flag is parsed but never read; only this variable turns
    // telemetry off. Left on, it calls AWS at startup (seconds, where AWS is unreachable) and
    // writes dynamodb-local-metadata.json into the working directory.
    env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' },
    // Keeps anything else it may write out of the caller's package folder.
    cwd: emulatorDir,
    // stdin stays an open pipe that is never written: the launcher exits when it closes, which
    // happens if this process dies without calling stop().
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output = new OutputTail(30);
  let bound = false;
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => {
    output.push(chunk);
    bound ||= output.toString().includes(LAUNCHER_LISTENING);
  });
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  let exit: Exit | undefined;
  const exited = whenExited(child).then((result) => (exit = result));
  const removeExitGuard = killOnExit(child);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await terminate(child, exited);
      removeExitGuard();
      child.stdin.destroy();
    })());

  try {
    await waitUntilAnswering(endpoint, {
      timeoutMs: STARTUP_TIMEOUT_MS,
      bound: () => bound,
      gaveUp: () => {
        if (spawnError !== undefined) return `java could not be started: ${spawnError.message}`;
        return exit === undefined ? undefined : `java ${describeExit(exit)}`;
      },
    });
  } catch (error) {
    await stop();
    if (exit?.code === LAUNCHER_EXIT_PORT_IN_USE) throw new PortTakenError(`port ${port} taken`);
    const reason = error instanceof Error ? error.message : String(error);
    const lastOutput = output.toString();
    throw new Error(
      `DynamoDB Local did not start on ${endpoint}: ${reason}` +
        (lastOutput === '' ? '' : `\nLast output of java:\n${lastOutput}`),
      { cause: error },
    );
  }

  const { pid } = child;
  if (pid === undefined) {
    await stop();
    throw new Error('java answered but has no process id');
  }
  return { endpoint, port, pid, stop };
}
