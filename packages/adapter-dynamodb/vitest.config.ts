import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ['src/**/*.test.ts'],
    // Starts the run's DynamoDB server: DynamoDB Local, or dynalite (see tools/dynamodb-local).
    // The test target runs the integration tests a second time with TODO_TEST_DYNAMODB=dynalite.
    globalSetup: ['../../tools/dynamodb-local/global-setup.ts'],
    // A first run downloads DynamoDB Local, and its JVM takes seconds to start.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
