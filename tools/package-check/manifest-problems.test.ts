import { describe, expect, it } from 'vitest';
import {
  allDependencies,
  entryPointProblems,
  fieldProblems,
  sourceMapProblems,
  workspaceRanges,
} from './manifest-problems.js';

const entry = {
  import: { types: './dist/index.d.ts', default: './dist/index.js' },
  require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
};
const builtFiles = [
  'dist/index.js',
  'dist/index.js.map',
  'dist/index.cjs',
  'dist/index.cjs.map',
  'dist/index.d.ts',
  'dist/index.d.cts',
];

describe('fieldProblems', () => {
  it('names each missing or wrong field', () => {
    const manifest = {
      name: '@todo/x',
      version: '1.0.0',
      description: 'X',
      license: 'MIT',
      keywords: [],
      repository: 'github:todo-service/todo-service',
      type: 'commonjs',
      exports: { '.': entry },
      files: ['dist'],
      engines: { node: '>=20' },
    };

    expect(fieldProblems(manifest)).toEqual([
      '"keywords" should be keywords',
      '"repository" should be a git repository with its directory',
      '"type" should be "module"',
      '"sideEffects" should be false',
    ]);
  });
});

describe('workspaceRanges and allDependencies', () => {
  const manifest = {
    dependencies: { '@todo/domain': 'workspace:*', tslib: '2.8.1' },
    peerDependencies: { vitest: '>=3' },
  };

  it('finds the ranges pnpm did not replace', () => {
    expect(workspaceRanges(manifest)).toEqual(['dependencies.@todo/domain is workspace:*']);
  });

  it('lists dependencies of every kind', () => {
    expect(allDependencies(manifest)).toEqual([
      'dependencies.@todo/domain',
      'dependencies.tslib',
      'peerDependencies.vitest',
    ]);
  });
});

describe('entryPointProblems', () => {
  it('accepts import and require conditions with their own types, all packed', () => {
    expect(entryPointProblems({ exports: { '.': entry } }, builtFiles)).toEqual({
      problems: [],
      sourceMaps: ['dist/index.js.map', 'dist/index.cjs.map'],
    });
  });

  it('refuses one types file shared by both conditions, the form attw calls masquerading', () => {
    const flat = {
      types: './dist/index.d.ts',
      import: './dist/index.js',
      require: './dist/index.cjs',
    };

    expect(entryPointProblems({ exports: { '.': flat } }, builtFiles).problems).toEqual([
      'exports["."].import.types should name a .d.ts file',
      'exports["."].import.default should name a .js file',
      'exports["."].require.types should name a .d.cts file',
      'exports["."].require.default should name a .cjs file',
    ]);
  });

  it('names files the tarball lacks, source maps included', () => {
    const files = builtFiles.filter(
      (path) => path !== 'dist/index.d.cts' && path !== 'dist/index.cjs.map',
    );

    expect(entryPointProblems({ exports: { '.': entry } }, files).problems).toEqual([
      'exports["."].require.types names dist/index.d.cts, which is not in the tarball',
      'dist/index.cjs has no source map in the tarball',
    ]);
  });
});

describe('sourceMapProblems', () => {
  it('refuses a map that points at sources without carrying them', () => {
    const map = {
      version: 3,
      sources: ['/build/index.cjs', '../src/a.ts'],
      sourcesContent: [null, 'a'],
    };

    expect(sourceMapProblems('dist/index.cjs.map', JSON.stringify(map))).toEqual([
      'dist/index.cjs.map does not include the content of its sources',
    ]);
  });

  it('accepts a map that carries every source', () => {
    const map = { version: 3, sources: ['../src/a.ts'], sourcesContent: ['export {};'] };

    expect(sourceMapProblems('dist/index.js.map', JSON.stringify(map))).toEqual([]);
  });
});
