import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Package name to the versions installed of it. */
export type InstalledPackages = ReadonlyMap<string, ReadonlySet<string>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every registry package in the production dependency trees of `pnpm list --json` output, with
 * each version installed. Workspace links (`link:`) are skipped: their own dependencies are
 * listed under their project.
 */
export const installedPackagesOf = (listing: unknown): InstalledPackages => {
  const installed = new Map<string, Set<string>>();
  const walk = (dependencies: unknown) => {
    if (!isRecord(dependencies)) return;
    for (const [name, dependency] of Object.entries(dependencies)) {
      if (!isRecord(dependency) || typeof dependency['version'] !== 'string') continue;
      const version = dependency['version'];
      if (version.startsWith('link:') || version.startsWith('file:')) continue;
      installed.set(name, (installed.get(name) ?? new Set()).add(version));
      walk(dependency['dependencies']);
    }
  };
  for (const project of Array.isArray(listing) ? listing : []) {
    if (isRecord(project)) walk(project['dependencies']);
  }
  return installed;
};

/** The production packages of every workspace project, as the lockfile installed them. */
export const listInstalledPackages = async (workspaceRoot: string): Promise<InstalledPackages> => {
  const { stdout } = await run(
    'pnpm',
    ['list', '--recursive', '--prod', '--json', '--depth', 'Infinity'],
    { cwd: workspaceRoot, maxBuffer: 64 * 1024 * 1024 },
  );
  return installedPackagesOf(JSON.parse(stdout));
};
