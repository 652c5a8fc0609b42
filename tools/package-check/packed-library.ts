import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { readManifest, type Library } from './workspace-libraries.js';

const run = promisify(execFile);

/** A library as `pnpm pack` makes it for the registry: the tarball, and its files unpacked. */
export interface PackedLibrary {
  readonly tarball: string;
  /** Size of the `.tgz` in bytes: what a consumer downloads. */
  readonly tarballBytes: number;
  /** Folder the tarball was unpacked into (its `package/` folder). */
  readonly root: string;
  /** Paths of the packed files, relative to `root`, sorted. */
  readonly files: readonly string[];
  /** The package.json as published: `workspace:` ranges already replaced by pnpm. */
  readonly manifest: Record<string, unknown>;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Packs `library` into `destination` with `pnpm pack`, which is what `nx release publish` runs
 * (through `pnpm publish`), and unpacks the tarball next to it with the system `tar`.
 */
export async function packLibrary(library: Library, destination: string): Promise<PackedLibrary> {
  const folder = join(destination, library.dir);
  await mkdir(folder, { recursive: true });
  await run('pnpm', ['pack', '--pack-destination', folder], { cwd: library.path });

  const tarballName = (await readdir(folder)).find((name) => name.endsWith('.tgz'));
  if (tarballName === undefined) throw new Error(`pnpm pack left no tarball for ${library.name}`);
  const tarball = join(folder, tarballName);
  await run('tar', ['-xzf', tarball, '-C', folder]);
  const root = join(folder, 'package');

  return {
    tarball,
    tarballBytes: (await stat(tarball)).size,
    root,
    files: await listFiles(root),
    manifest: await readManifest(join(root, 'package.json')),
  };
}

/** Reads one packed file as text. */
export const readPackedFile = (packed: PackedLibrary, path: string): Promise<string> =>
  readFile(join(packed.root, path), 'utf8');
