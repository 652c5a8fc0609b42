import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { alias: workspaceAliases },
  // Synthesizing a stack with aws-cdk-lib takes seconds, not milliseconds.
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});
