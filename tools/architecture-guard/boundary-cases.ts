import type { WorkspaceCopy } from './workspace-copy.js';

/** A file that breaks one layering rule, and what `nx lint` must say about it. */
export interface BoundaryCase {
  /** What the guard forbids, as the test's name. */
  readonly forbids: string;
  /** The Nx project whose lint must fail. */
  readonly project: string;
  /** The probe file, relative to the workspace root. */
  readonly probe: string;
  readonly source: string;
  /** The line of the probe's forbidden import: the only line lint may complain about. */
  readonly line: number;
  /** The start of the message ESLint must print for that line. */
  readonly message: string;
  readonly rule: '@nx/enforce-module-boundaries' | 'no-restricted-imports';
  /** Writes what else the case needs into the copy; undone with the probe after its round. */
  readonly setup?: (copy: WorkspaceCopy) => Promise<void>;
}

const reExport = (specifier: string): string =>
  `import * as probe from '${specifier}';\n\nexport { probe };\n`;

// A test file whose first import, the test runner, is always allowed, and whose second is the one
// the case is about.
const testImporting = (specifier: string): string =>
  `import { expect, it } from 'vitest';\nimport * as probe from '${specifier}';\n\n` +
  `it('reaches past its layer', () => {\n  expect(probe).toBeDefined();\n});\n`;

const probeAppImport = '@todo/guard-probe-app';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Adds a tiny app for the "no library imports an app" case: an Nx project tagged `type:app`,
 * reachable through a path mapping like the workspace's own libraries.
 */
async function addProbeApp(copy: WorkspaceCopy): Promise<void> {
  const project = {
    name: 'guard-probe-app',
    projectType: 'application',
    sourceRoot: 'apps/guard-probe-app/src',
    tags: ['type:app'],
  };
  await copy.write('apps/guard-probe-app/project.json', `${JSON.stringify(project, null, 2)}\n`);
  await copy.write('apps/guard-probe-app/src/main.ts', "export const wiring = 'an app';\n");

  const tsconfig: unknown = JSON.parse(await copy.read('tsconfig.base.json'));
  const options = isRecord(tsconfig) ? tsconfig.compilerOptions : null;
  const paths = isRecord(options) ? options.paths : null;
  if (!isRecord(tsconfig) || !isRecord(options) || !isRecord(paths)) {
    throw new Error('tsconfig.base.json has no compilerOptions.paths to add the probe app to');
  }
  const withApp = {
    ...tsconfig,
    compilerOptions: {
      ...options,
      paths: { ...paths, [probeAppImport]: ['./apps/guard-probe-app/src/main.ts'] },
    },
  };
  await copy.write('tsconfig.base.json', `${JSON.stringify(withApp, null, 2)}\n`);
}

// Nx checks for a dependency cycle before it checks tags, so an import towards a project that
// already depends on the importer is reported as a cycle.
const cycle = (from: string, to: string): string =>
  `Circular dependency between "${from}" and "${to}" detected`;
const onlyTags = (tag: string, allowed: readonly string[]): string =>
  `A project tagged with "${tag}" can only depend on libs tagged with ${allowed
    .map((allowedTag) => `"${allowedTag}"`)
    .join(', ')}`;
const bannedPackage = (tag: string, name: string): string =>
  `A project tagged with "${tag}" is not allowed to import "${name}"`;
const pureDomain = 'The domain is pure: time, ids and I/O come in through ports';

const domainProbes = {
  ports: {
    forbids: 'the domain importing the ports',
    project: 'domain',
    probe: 'packages/domain/src/guard-probe-ports.ts',
    source: reExport('@todo/ports'),
    line: 1,
    message: cycle('domain', 'ports'),
    rule: '@nx/enforce-module-boundaries',
  },
  npmPackage: {
    forbids: 'the domain importing an npm package',
    project: 'domain',
    probe: 'packages/domain/src/guard-probe-npm.ts',
    source: reExport('fast-check'),
    line: 1,
    message: bannedPackage('type:domain', 'fast-check'),
    rule: '@nx/enforce-module-boundaries',
  },
  nodeCrypto: {
    forbids: 'the domain importing node:crypto',
    project: 'domain',
    probe: 'packages/domain/src/guard-probe-node-crypto.ts',
    source: reExport('node:crypto'),
    line: 1,
    message: `'node:crypto' import is restricted from being used by a pattern. ${pureDomain}`,
    rule: 'no-restricted-imports',
  },
  bareBuiltin: {
    forbids: 'the domain importing a Node built-in without the node: prefix',
    project: 'domain',
    probe: 'packages/domain/src/guard-probe-bare-builtin.ts',
    source: reExport('crypto'),
    line: 1,
    message: `'crypto' import is restricted from being used. ${pureDomain}`,
    rule: 'no-restricted-imports',
  },
  testImportingAdapter: {
    forbids: 'a domain test importing an adapter',
    project: 'domain',
    probe: 'packages/domain/src/guard-probe-adapter.test.ts',
    source: testImporting('@todo/adapter-memory'),
    line: 2,
    message: cycle('domain', 'adapter-memory'),
    rule: '@nx/enforce-module-boundaries',
  },
  testImportingVendorSdk: {
    forbids: 'a domain test importing a vendor SDK',
    project: 'domain',
    probe: 'packages/domain/src/guard-probe-vendor.test.ts',
    source: testImporting('@aws-sdk/client-dynamodb'),
    line: 2,
    message: bannedPackage('type:domain', '@aws-sdk/client-dynamodb'),
    rule: '@nx/enforce-module-boundaries',
  },
} satisfies Record<string, BoundaryCase>;

const portsProbes = {
  application: {
    forbids: 'the ports importing the application',
    project: 'ports',
    probe: 'packages/ports/src/guard-probe-application.ts',
    source: reExport('@todo/application'),
    line: 1,
    message: cycle('ports', 'application'),
    rule: '@nx/enforce-module-boundaries',
  },
  testingImportingVendorSdk: {
    forbids: "the ports' testing entry point importing a vendor SDK",
    project: 'ports',
    probe: 'packages/ports/src/testing/guard-probe-vendor.ts',
    source: testImporting('@aws-sdk/client-dynamodb'),
    line: 2,
    message: bannedPackage('type:ports', '@aws-sdk/client-dynamodb'),
    rule: '@nx/enforce-module-boundaries',
  },
} satisfies Record<string, BoundaryCase>;

const applicationProbes = {
  adapter: {
    forbids: 'the application importing an adapter',
    project: 'application',
    probe: 'packages/application/src/guard-probe-adapter.ts',
    source: reExport('@todo/adapter-memory'),
    line: 1,
    message: onlyTags('type:application', ['type:domain', 'type:ports']),
    rule: '@nx/enforce-module-boundaries',
  },
  app: {
    forbids: 'a library importing an app',
    project: 'application',
    probe: 'packages/application/src/guard-probe-app.ts',
    source: reExport(probeAppImport),
    line: 1,
    message: 'Imports of apps are forbidden',
    rule: '@nx/enforce-module-boundaries',
    setup: addProbeApp,
  },
  testImportingAdapter: {
    forbids: 'an application test importing an adapter',
    project: 'application',
    probe: 'packages/application/src/guard-probe-adapter.test.ts',
    source: testImporting('@todo/adapter-memory'),
    line: 2,
    message: onlyTags('type:application', ['type:domain', 'type:ports']),
    rule: '@nx/enforce-module-boundaries',
  },
} satisfies Record<string, BoundaryCase>;

const adapterImportingApplication: BoundaryCase = {
  forbids: 'an adapter importing the application',
  project: 'adapter-memory',
  probe: 'packages/adapter-memory/src/guard-probe-application.ts',
  source: reExport('@todo/application'),
  line: 1,
  message: onlyTags('type:adapter', ['type:domain', 'type:ports', 'type:adapter']),
  rule: '@nx/enforce-module-boundaries',
};

const toolImport = '@todo/tool-dynamodb-local';

// Only the importing app's own import is probed: the copy resolves a workspace package through
// the importer's node_modules, and an undeclared one (say, from an adapter) through pnpm's hoisted
// links into the real tree, outside the copy, where Nx finds no project and reports nothing.
const appRuntimeImportingTool: BoundaryCase = {
  forbids: "an app's runtime code importing a workspace tool",
  project: 'fastify-api',
  probe: 'apps/fastify-api/src/guard-probe-tool.ts',
  source: reExport(toolImport),
  line: 1,
  message: onlyTags('type:app', ['type:domain', 'type:ports', 'type:application', 'type:adapter']),
  rule: '@nx/enforce-module-boundaries',
};

/** A file that imports across a layer by an allowance of the rules; lint must not flag it. */
export interface PermittedCase {
  /** What the rules allow, as the test's name. */
  readonly permits: string;
  /** The Nx project whose lint sees the probe. */
  readonly project: string;
  /** The probe file, relative to the workspace root. */
  readonly probe: string;
  readonly source: string;
}

/**
 * Allowances, written with round 1's probes: the forbidden cases above show the rule bites, these
 * show it does not bite too much.
 */
export const permittedCases: readonly PermittedCase[] = [
  {
    permits: 'an app test importing a workspace tool',
    project: 'fastify-api',
    probe: 'apps/fastify-api/src/guard-probe-tool.test.ts',
    source: testImporting(toolImport),
  },
];

/**
 * The cases, in rounds: a round's probes are written at once and linted by one `nx run-many`,
 * which saves a dozen Nx and ESLint start-ups. Two probes may share a round only if their imports
 * don't together give a third probe's target a path back to its importer, or that probe would be
 * reported as a cycle instead of by its own rule. Round 2 holds the imports that give the
 * application a path to the adapter (its own, and the domain test's, as the application depends
 * on the domain); they would turn round 1's adapter-imports-application into a cycle, and round
 * 1's ports-import-application would turn them into one.
 */
export const boundaryRounds: readonly (readonly BoundaryCase[])[] = [
  [
    domainProbes.ports,
    domainProbes.npmPackage,
    domainProbes.nodeCrypto,
    domainProbes.bareBuiltin,
    domainProbes.testImportingVendorSdk,
    portsProbes.application,
    portsProbes.testingImportingVendorSdk,
    applicationProbes.app,
    adapterImportingApplication,
    appRuntimeImportingTool,
  ],
  [
    domainProbes.testImportingAdapter,
    applicationProbes.adapter,
    applicationProbes.testImportingAdapter,
  ],
];
