import type { Library } from './workspace-libraries.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Asks the registry for each library and checks what it serves: `version` under the dist-tag
 * `tag`, with dependencies on real versions (the other libraries at exactly `version`), never
 * on `workspace:` ranges.
 */
export async function checkPublished(
  registry: string,
  libraries: readonly Library[],
  version: string,
  tag: string,
): Promise<string[]> {
  const problems: string[] = [];

  for (const library of libraries) {
    const response = await fetch(new URL(library.name.replace('/', '%2f'), registry));
    const packument: unknown = response.ok ? await response.json() : undefined;
    const versions = isRecord(packument) ? packument['versions'] : undefined;
    const manifest = isRecord(versions) ? versions[version] : undefined;
    const tags = isRecord(packument) ? packument['dist-tags'] : undefined;
    if (!isRecord(manifest)) {
      problems.push(`${library.name}@${version} is not in the registry (HTTP ${response.status})`);
      continue;
    }
    if (!isRecord(tags) || tags[tag] !== version) {
      problems.push(`${library.name}: dist-tag ${tag} is not ${version}`);
    }
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      const dependencies = manifest[field];
      if (!isRecord(dependencies)) continue;
      for (const [name, range] of Object.entries(dependencies)) {
        const ours = name.startsWith('@todo/');
        if (String(range).startsWith('workspace:') || (ours && range !== version)) {
          problems.push(`${library.name}: ${field}.${name} is ${String(range)}`);
        }
      }
    }
  }
  return problems;
}
