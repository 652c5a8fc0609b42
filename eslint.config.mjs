import { builtinModules } from 'node:module';
import nx from '@nx/eslint-plugin';

/**
 * The architecture guard. Each layer of the hexagon may depend only on the layers listed here;
 * `@nx/enforce-module-boundaries` reads project tags from Nx's project graph, so run lint through
 * `nx` (as `pnpm test` does), not bare `eslint`.
 */
const layers = [
  // The domain is pure: no other project, no npm package, no Node built-in.
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], allowedExternalImports: [] },
  {
    sourceTag: 'type:ports',
    onlyDependOnLibsWithTags: ['type:domain'],
    allowedExternalImports: [],
  },
  {
    sourceTag: 'type:application',
    onlyDependOnLibsWithTags: ['type:domain', 'type:ports'],
    allowedExternalImports: [],
  },
  // Adapters may also use their own vendor SDKs; they never reach the use cases or an app.
  {
    sourceTag: 'type:adapter',
    onlyDependOnLibsWithTags: ['type:domain', 'type:ports', 'type:adapter'],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:domain', 'type:ports', 'type:application', 'type:adapter'],
  },
  // Infrastructure as code reads the adapters' table definitions, nothing else of ours.
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:adapter'] },
  // Workspace tools (test servers, the benchmark, checks) drive the libraries from outside the
  // hexagon; no runtime code depends on them (an app's tests may: see `testLayers`).
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:ports',
      'type:application',
      'type:adapter',
      'type:tool',
    ],
  },
];

/** Test files and the ports' testing entry point may also use the test runner, nothing more. */
const testRunner = ['vitest', 'vitest/*', 'fast-check'];
/**
 * Tool configs may also use the build tool, and read the shared test settings at the root: two
 * folders up from `packages/*`, `apps/*` and `tools/*`, one from `bench/`.
 */
const toolConfigRunners = [...testRunner, 'tsup'];
const sharedTestSettings = '^(\\.\\./){1,2}vitest\\.shared\\.js$';

const allowingExternals = (externals, constraints = layers) =>
  constraints.map((layer) =>
    layer.allowedExternalImports
      ? { ...layer, allowedExternalImports: [...layer.allowedExternalImports, ...externals] }
      : layer,
  );

/**
 * An app's tests may also use the workspace tools (`type:tool`: a DynamoDB server a test can kill,
 * a table snapshot); the app's runtime code may not, so nothing a tool does can ship.
 */
const testLayers = layers.map((layer) =>
  layer.sourceTag === 'type:app'
    ? { ...layer, onlyDependOnLibsWithTags: [...layer.onlyDependOnLibsWithTags, 'type:tool'] }
    : layer,
);

const boundaries = (depConstraints, allow = []) => ({
  '@nx/enforce-module-boundaries': [
    'error',
    {
      enforceBuildableLibDependency: true,
      allow,
      depConstraints,
    },
  ],
});

// The module-boundary rule skips Node built-ins (they are not in the project graph), so the
// domain's ban on them needs a rule of its own.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const pureDomain = 'The domain is pure: time, ids and I/O come in through ports.';
const domainIsPure = {
  'no-restricted-imports': [
    'error',
    {
      paths: nodeBuiltins.map((name) => ({ name, message: pureDomain })),
      patterns: [{ group: ['node:*'], message: pureDomain }],
    },
  ],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.data', '**/.cache', '**/cdk.out', '.nx'],
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.js', '**/*.mjs'],
    rules: {
      ...boundaries(layers),
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.test.ts', '**/test-support/**/*.ts', 'packages/ports/src/testing/**/*.ts'],
    rules: boundaries(allowingExternals(testRunner, testLayers)),
  },
  {
    files: ['**/vitest.config.ts', '**/tsup.config.ts'],
    rules: boundaries(allowingExternals(toolConfigRunners), [sharedTestSettings]),
  },
  { files: ['packages/domain/src/**/*.ts'], rules: domainIsPure },
];
