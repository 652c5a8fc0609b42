import { spawn } from 'node:child_process';

/** What a finished command did: exit code and output, stdout and stderr interleaved. */
export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly output: string;
}

/** Where and how to run a command. */
export interface CommandOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Killed after this long; the result then has exit code 124, as `timeout(1)` gives. */
  readonly timeoutMs?: number;
}

/**
 * Runs `command` without a shell and collects its output. Resolves with any exit code: callers
 * decide what counts as failure.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      output.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));

    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 300_000);

    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        exitCode: timedOut ? 124 : (code ?? 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        output: Buffer.concat(output).toString('utf8'),
      });
    });
  });
}

/** Like {@link runCommand}, but rejects with the command's last output lines unless it exits 0. */
export async function runOrThrow(
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<CommandResult> {
  const result = await runCommand(command, args, options);
  if (result.exitCode !== 0) {
    const tail = result.output.trimEnd().split('\n').slice(-25).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.exitCode}:\n${tail}`);
  }
  return result;
}
