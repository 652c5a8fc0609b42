import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What an Nx command did: its exit code and everything it printed, colour codes removed. */
export interface NxRun {
  readonly exitCode: number;
  readonly output: string;
}

const ansiEscape = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');

/** Removes the colour codes ESLint and Nx print even into a pipe. */
export const withoutColours = (text: string): string => text.replace(ansiEscape, '');

/**
 * The environment for an Nx run inside `workspaceRoot`. This test itself runs as an Nx task, and
 * Nx hands its tasks variables such as `NX_WORKSPACE_ROOT_PATH` that would point the inner run
 * back at the real workspace, so every `NX_*` and test-runner variable is dropped first. Nx's
 * cache and graph files go to `dataDirectory`.
 */
export function nxEnvironment(dataDirectory: string): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) =>
      !name.startsWith('NX_') &&
      !name.startsWith('VITEST') &&
      name !== 'NODE_ENV' &&
      name !== 'TEST',
  );
  return {
    ...Object.fromEntries(inherited),
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
    NX_CACHE_DIRECTORY: join(dataDirectory, 'cache'),
    NX_WORKSPACE_DATA_DIRECTORY: join(dataDirectory, 'workspace-data'),
  };
}

/** The path of the Nx CLI installed in `workspaceRoot`, read from its package.json. */
function nxCli(workspaceRoot: string): string {
  const manifest: unknown = JSON.parse(
    readFileSync(join(workspaceRoot, 'node_modules/nx/package.json'), 'utf8'),
  );
  const bin =
    typeof manifest === 'object' && manifest !== null && 'bin' in manifest ? manifest.bin : null;
  const path = typeof bin === 'object' && bin !== null && 'nx' in bin ? bin.nx : null;
  if (typeof path !== 'string') throw new Error('node_modules/nx/package.json names no nx binary');
  return join(workspaceRoot, 'node_modules/nx', path);
}

/**
 * Runs the workspace's own Nx CLI (what `pnpm nx` runs) with `args` in `workspaceRoot`, keeping
 * Nx's files in `dataDirectory`. Resolves with the exit code instead of rejecting on failure.
 */
export function runNx(
  workspaceRoot: string,
  args: readonly string[],
  dataDirectory: string,
): Promise<NxRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nxCli(workspaceRoot), ...args], {
      cwd: workspaceRoot,
      env: nxEnvironment(dataDirectory),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        exitCode: code ?? (signal === null ? 1 : 128),
        output: withoutColours(Buffer.concat(chunks).toString('utf8')),
      }),
    );
  });
}
