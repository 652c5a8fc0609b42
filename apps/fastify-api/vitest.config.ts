import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ['src/**/*.test.ts'],
    // One DynamoDB server for the run (DynamoDB Local, or dynalite without Java): see
    // tools/dynamodb-local. Each test file uses its own table.
    globalSetup: ['../../tools/dynamodb-local/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
