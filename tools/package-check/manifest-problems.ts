/**
 * Checks of a package.json as published: what a registry shows and a reader looks for, and what
 * the exports promise. Each returns a list of problems, empty when there are none.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nonEmptyString = (value: unknown) => typeof value === 'string' && value.trim() !== '';

const dependencyFields = [
  'dependencies',
  'peerDependencies',
  'optionalDependencies',
  'devDependencies',
] as const;

/** Fields a registry needs and a reader expects, with what each must hold. */
const expectedFields: ReadonlyArray<readonly [string, string, (value: unknown) => boolean]> = [
  ['name', 'a name', nonEmptyString],
  ['version', 'a version', nonEmptyString],
  ['description', 'a description', nonEmptyString],
  ['license', 'a license', nonEmptyString],
  ['keywords', 'keywords', (value) => Array.isArray(value) && value.length > 0],
  [
    'repository',
    'a git repository with its directory',
    (value) => isRecord(value) && value['type'] === 'git' && nonEmptyString(value['directory']),
  ],
  ['type', '"module"', (value) => value === 'module'],
  ['exports', 'exports', isRecord],
  ['files', 'a files list', (value) => Array.isArray(value) && value.length > 0],
  ['sideEffects', 'false', (value) => value === false],
  ['engines', 'a node range', (value) => isRecord(value) && nonEmptyString(value['node'])],
];

/** Fields that are missing or hold something else than expected. */
export const fieldProblems = (manifest: Record<string, unknown>): string[] =>
  expectedFields
    .filter(([field, , accepts]) => !accepts(manifest[field]))
    .map(([field, expected]) => `"${field}" should be ${expected}`);

/** Dependencies still on the `workspace:` protocol, which no registry can resolve. */
export const workspaceRanges = (manifest: Record<string, unknown>): string[] =>
  dependencyFields.flatMap((field) => {
    const dependencies = manifest[field];
    if (!isRecord(dependencies)) return [];
    return Object.entries(dependencies)
      .filter(([, range]) => typeof range === 'string' && range.startsWith('workspace:'))
      .map(([name, range]) => `${field}.${name} is ${String(range)}`);
  });

/** Every dependency of any kind, as `field.name`. */
export const allDependencies = (manifest: Record<string, unknown>): string[] =>
  dependencyFields.flatMap((field) => {
    const dependencies = manifest[field];
    return isRecord(dependencies)
      ? Object.keys(dependencies).map((name) => `${field}.${name}`)
      : [];
  });

/** The four files each entry point must name, by condition path and required extension. */
const entryFiles = [
  ['import', 'types', '.d.ts'],
  ['import', 'default', '.js'],
  ['require', 'types', '.d.cts'],
  ['require', 'default', '.cjs'],
] as const;

/**
 * For each entry point in `exports` (except `./package.json`): an `import` and a `require`
 * condition, each with its own `types`, pointing at ESM, CommonJS and declaration files that are in
 * the tarball, and a source map beside each JavaScript file. Returns the files the tarball needs
 * as well, so callers can look inside them.
 */
export function entryPointProblems(
  manifest: Record<string, unknown>,
  files: readonly string[],
): { problems: string[]; sourceMaps: string[] } {
  const exportsField = manifest['exports'];
  if (!isRecord(exportsField)) return { problems: ['no exports'], sourceMaps: [] };
  const packed = new Set(files);
  const problems: string[] = [];
  const sourceMaps: string[] = [];

  for (const [subpath, target] of Object.entries(exportsField)) {
    if (subpath === './package.json') continue;
    for (const [condition, key, extension] of entryFiles) {
      const conditionTarget = isRecord(target) ? target[condition] : undefined;
      const path = isRecord(conditionTarget) ? conditionTarget[key] : undefined;
      const where = `exports["${subpath}"].${condition}.${key}`;
      if (typeof path !== 'string' || !path.endsWith(extension)) {
        problems.push(`${where} should name a ${extension} file`);
        continue;
      }
      const file = path.replace(/^\.\//, '');
      if (!packed.has(file)) problems.push(`${where} names ${file}, which is not in the tarball`);
      if (key === 'default') {
        if (packed.has(`${file}.map`)) sourceMaps.push(`${file}.map`);
        else problems.push(`${file} has no source map in the tarball`);
      }
    }
  }
  return { problems, sourceMaps };
}

/**
 * Source maps must carry their sources: the tarball has no `src/`, so a map that only points at
 * `../src/*.ts` leaves a debugger with nothing to show.
 */
export function sourceMapProblems(path: string, text: string): string[] {
  const map: unknown = JSON.parse(text);
  if (!isRecord(map)) return [`${path} is not a source map`];
  const { sources, sourcesContent } = map;
  const complete =
    Array.isArray(sources) &&
    Array.isArray(sourcesContent) &&
    sources.length === sourcesContent.length &&
    sourcesContent.every((content) => typeof content === 'string');
  return complete ? [] : [`${path} does not include the content of its sources`];
}
