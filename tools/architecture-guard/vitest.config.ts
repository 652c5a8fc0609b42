import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.ts'],
    // Each boundary case runs a real `nx lint` in a copy of the workspace: seconds apiece, and
    // more when the rest of `pnpm test` shares the two cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
