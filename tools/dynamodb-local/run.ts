import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  timeoutMs?: number;
}

/** Runs a command to completion and returns its standard output; fails with its stderr. */
export function run(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) {
        resolve(Buffer.concat(stdout).toString('utf8'));
        return;
      }
      const how = signal === null ? `exit code ${String(code)}` : `signal ${signal}`;
      const output = Buffer.concat(stderr).toString('utf8').trim();
      reject(new Error(`\`${[command, ...args].join(' ')}\` failed with ${how}\n${output}`.trim()));
    });
  });
}

/** Whether `command args` runs and exits with 0; a missing command counts as no. */
export async function succeeds(command: string, args: readonly string[]): Promise<boolean> {
  try {
    await run(command, args, { timeoutMs: 15_000 });
    return true;
  } catch {
    return false;
  }
}
