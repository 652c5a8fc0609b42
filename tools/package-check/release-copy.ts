import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { runOrThrow } from './child-process.js';
import { workspaceRoot, type Library } from './workspace-libraries.js';

// What `nx release` needs from the workspace root; nothing of apps or tools.
const rootFiles = [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'nx.json',
  'tsconfig.base.json',
  '.npmrc',
];
// What each library needs: its manifest, its Nx project, what it publishes, and its links to the
// other libraries (pnpm reads their versions through them when it replaces `workspace:*`).
const libraryFiles = [
  'package.json',
  'project.json',
  'README.md',
  'LICENSE',
  'dist',
  'node_modules',
];
// Caches tests leave in a package's node_modules; not part of what is published.
const caches = new Set(['.vite', '.vitest', '.cache']);

/**
 * The environment for the Nx CLI in a copy. This check itself runs as an Nx task, and Nx hands its
 * tasks variables such as `NX_WORKSPACE_ROOT_PATH` that would point the inner run back at the real
 * workspace, so every `NX_*` variable is dropped; Nx's cache and graph go into `folder`.
 */
export function nxEnvironment(folder: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('NX_'));
  return {
    ...Object.fromEntries(inherited),
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
    NX_CACHE_DIRECTORY: join(folder, 'nx-cache'),
    NX_WORKSPACE_DATA_DIRECTORY: join(folder, 'nx-data'),
    ...extra,
  };
}

/**
 * Copies what `nx release` needs to version and publish `libraries` (built `dist` folders
 * included) into `folder`, so versions can be rewritten there and never in the real tree. The
 * root `node_modules` is a link to the real one.
 */
export async function copyForRelease(libraries: readonly Library[], folder: string) {
  await mkdir(folder, { recursive: true });
  for (const file of rootFiles) await cp(join(workspaceRoot, file), join(folder, file));
  await symlink(join(workspaceRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');

  for (const library of libraries) {
    const target = join(folder, 'packages', library.dir);
    for (const entry of libraryFiles) {
      // A missing README or LICENSE is the package check's finding; the copy copies what exists.
      if (!existsSync(join(library.path, entry))) continue;
      await cp(join(library.path, entry), join(target, entry), {
        recursive: true,
        verbatimSymlinks: true,
        filter: (path) =>
          !caches.has(relative(join(library.path, entry), path).split('/')[0] ?? ''),
      });
    }
  }

  // The copy is thrown away: it has no lock file to keep in step.
  const nxJson: unknown = JSON.parse(await readFile(join(folder, 'nx.json'), 'utf8'));
  if (typeof nxJson !== 'object' || nxJson === null || !('release' in nxJson)) {
    throw new Error('nx.json has no release configuration');
  }
  const release = { ...Object(nxJson.release) };
  release.version = {
    ...Object(release.version),
    versionActionsOptions: { skipLockFileUpdate: true },
  };
  await writeFile(join(folder, 'nx.json'), JSON.stringify({ ...nxJson, release }, null, 2));
}

/** The Nx CLI of the workspace (what `pnpm nx` runs), found through nx's own package.json. */
const nxCli = join(workspaceRoot, 'node_modules/nx/dist/bin/nx.js');

/** Runs `nx release version <version>` in the copy, with no commit, tag or staging: no git. */
export const versionCopy = (folder: string, version: string) =>
  runOrThrow(
    process.execPath,
    [
      nxCli,
      'release',
      'version',
      version,
      '--first-release',
      '--git-commit=false',
      '--git-tag=false',
      '--stage-changes=false',
    ],
    { cwd: folder, env: nxEnvironment(folder) },
  );

/**
 * Runs `nx release publish` in the copy against `registry`, authenticated by `token` through a
 * throwaway npm user config. The libraries are already built: no build tasks run in the copy.
 */
export async function publishCopy(folder: string, registry: string, token: string, tag: string) {
  const userConfig = join(folder, 'npmrc');
  const host = registry.replace(/^https?:/, '');
  await writeFile(userConfig, `${host}:_authToken=${token}\n`, { mode: 0o600 });

  return runOrThrow(
    process.execPath,
    [
      nxCli,
      'release',
      'publish',
      `--registry=${registry}`,
      `--tag=${tag}`,
      '--first-release',
      '--exclude-task-dependencies',
      '--yes',
      '--output-style=static',
    ],
    { cwd: folder, env: nxEnvironment(folder, { npm_config_userconfig: userConfig }) },
  );
}
