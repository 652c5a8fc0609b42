import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // The docs page finds swagger-ui-dist from import.meta.url, which the CommonJS build must shim.
  shims: true,
  external: ['vitest', 'fast-check'],
});
