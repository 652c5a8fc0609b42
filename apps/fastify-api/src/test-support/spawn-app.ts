import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built app, as `pnpm start` runs it. The test target builds it first. */
export const builtMain = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** The app running in a child process. */
export interface SpawnedApp {
  /** Resolves with the address once the app logs that it listens; rejects if it exits first. */
  readonly listening: Promise<string>;
  /** Resolves when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
  kill(signal: NodeJS.Signals): void;
}

/**
 * Starts `dist/main.js` with only `env` (plus PATH), so no setting leaks in from the machine
 * running the tests.
 */
export const spawnApp = (env: Record<string, string>): SpawnedApp => {
  if (!existsSync(builtMain)) {
    throw new Error(`${builtMain} is missing: run \`pnpm nx run fastify-api:build\` first.`);
  }
  const child = spawn(process.execPath, [builtMain], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const listening = new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1] !== undefined) {
        child.stdout.off('data', check);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', check);
    void exited.then(({ code }) =>
      reject(new Error(`The app exited with ${code} before listening.\n${stderr}`)),
    );
  });
  // A test that fails early must not leave the child running.
  listening.catch(() => undefined);

  return {
    listening,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    kill: (signal) => child.kill(signal),
  };
};
