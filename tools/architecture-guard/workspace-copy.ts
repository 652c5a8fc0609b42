import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, lstat, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/** A throwaway copy of the workspace that probes may write into; the real tree is never touched. */
export interface WorkspaceCopy {
  /** Absolute path of the copy's root. */
  readonly root: string;
  /** Writes a file (path relative to the root), remembering what was there for {@link restore}. */
  write(path: string, text: string): Promise<void>;
  /** Reads a file of the copy (path relative to the root). */
  read(path: string): Promise<string>;
  /** Undoes every {@link write} since the last restore. */
  restore(): Promise<void>;
  /** Deletes the copy. */
  dispose(): Promise<void>;
}

// Caches that tests leave in a package's node_modules; the copy doesn't need them.
const skippedInNodeModules = new Set(['.vite', '.vitest', '.cache']);

/**
 * Copies the files git would see (tracked, plus untracked ones that are not ignored) into a new
 * folder under the OS temp dir. The root `node_modules` becomes a symlink to the real one, and each
 * package's own `node_modules` is re-created with its symlinks kept verbatim: pnpm links workspace
 * packages by relative paths (`../../../domain`), so in the copy they point at the copy's packages,
 * while links into `node_modules/.pnpm` go through the root symlink to the installed packages.
 */
export async function copyWorkspace(source: string): Promise<WorkspaceCopy> {
  const root = await mkdtemp(join(tmpdir(), 'todo-architecture-guard-'));
  const listing = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: source,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const files = listing.split('\0').filter((path) => path !== '');

  const packageRoots = new Set<string>();
  for (const path of files) {
    // A tracked file deleted in the working tree is listed too; the copy mirrors the working tree.
    if (!existsSync(join(source, path))) continue;
    await mkdir(dirname(join(root, path)), { recursive: true });
    await cp(join(source, path), join(root, path), { verbatimSymlinks: true });
    if (path.endsWith('/package.json')) packageRoots.add(dirname(path));
  }

  await symlink(join(source, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const packageRoot of packageRoots) {
    const modules = join(source, packageRoot, 'node_modules');
    if (!existsSync(modules)) continue;
    await cp(modules, join(root, packageRoot, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (path) => !skippedInNodeModules.has(relative(modules, path).split('/')[0] ?? ''),
    });
  }

  return trackWrites(root);
}

function trackWrites(root: string): WorkspaceCopy {
  // The text each written file had before its first write since the last restore; null if new.
  const originals = new Map<string, string | null>();
  const inCopy = (path: string): string => {
    const absolute = resolve(root, path);
    if (!absolute.startsWith(`${root}/`)) throw new Error(`${path} is outside the workspace copy`);
    return absolute;
  };

  return {
    root,
    async write(path, text) {
      const absolute = inCopy(path);
      if (!originals.has(absolute)) {
        const existed = await lstat(absolute).then(
          () => true,
          () => false,
        );
        originals.set(absolute, existed ? await readFile(absolute, 'utf8') : null);
      }
      await mkdir(dirname(absolute), { recursive: true });
      await writeFile(absolute, text);
    },
    read: (path) => readFile(inCopy(path), 'utf8'),
    async restore() {
      for (const [absolute, original] of originals) {
        if (original === null) await rm(absolute, { force: true });
        else await writeFile(absolute, original);
      }
      originals.clear();
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
