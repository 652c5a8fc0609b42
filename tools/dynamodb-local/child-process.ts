import type { ChildProcess } from 'node:child_process';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Resolves when the child has exited and its output streams are drained; never rejects. */
export function whenExited(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.once('close', (code, signal) => resolve({ code, signal }));
    // A command that cannot be started emits 'error' and no 'close'.
    child.once('error', () => resolve({ code: null, signal: null }));
  });
}

export function describeExit({ code, signal }: Exit): string {
  if (signal !== null) return `was killed by ${signal}`;
  if (code !== null) return `exited with code ${code}`;
  return 'could not be started';
}

/** SIGTERM, then SIGKILL if the child is still there after `graceMs`; resolves once it is gone. */
export async function terminate(child: ChildProcess, exited: Promise<Exit>, graceMs = 5_000) {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
  await exited;
}

/**
 * Kills the child if this process exits without stopping it (a test that forgot `stop()`), since
 * an orphaned server would keep its port and memory. Returns the function that removes the guard.
 */
export function killOnExit(child: ChildProcess): () => void {
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  return () => process.off('exit', kill);
}
