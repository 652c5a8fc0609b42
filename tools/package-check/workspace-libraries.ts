import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace this tool sits in. */
export const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A package under `packages/` that is published (not `"private": true`). */
export interface Library {
  /** The npm name, `@todo/<dir>`. */
  readonly name: string;
  /** Its folder under `packages/`. */
  readonly dir: string;
  /** Absolute path of that folder. */
  readonly path: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a package.json, refusing anything that is not a JSON object. */
export async function readManifest(path: string): Promise<Record<string, unknown>> {
  const manifest: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (!isRecord(manifest)) throw new Error(`${path} is not a JSON object`);
  return manifest;
}

/**
 * Every published library of the workspace, found on disk rather than listed by hand, so a new
 * package is checked from its first commit.
 */
export async function findLibraries(root = workspaceRoot): Promise<Library[]> {
  const entries = await readdir(join(root, 'packages'), { withFileTypes: true });
  const libraries: Library[] = [];

  for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
    const path = join(root, 'packages', entry.name);
    const manifest = await readManifest(join(path, 'package.json')).catch(() => null);
    if (manifest === null || manifest['private'] === true) continue;
    if (typeof manifest['name'] !== 'string') throw new Error(`${path}/package.json has no name`);
    libraries.push({ name: manifest['name'], dir: entry.name, path });
  }
  return libraries.sort((a, b) => a.name.localeCompare(b.name));
}
