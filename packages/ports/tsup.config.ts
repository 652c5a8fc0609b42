import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  // Both entries use the error classes. Without splitting, the CommonJS build gives each entry its
  // own copy of them, and `instanceof` fails across the two; splitting puts them in one chunk that
  // both require. `treeshake` hands the CommonJS chunks to Rollup, whose source maps keep their
  // sources (tsup's own CommonJS splitting pass writes maps that name the build folder instead).
  splitting: true,
  treeshake: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  external: ['vitest'],
});
