import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../vitest.shared.js';

export default defineConfig({
  resolve: {
    alias: {
      ...workspaceAliases,
      '@todo/tool-dynamodb-local': fileURLToPath(
        new URL('../tools/dynamodb-local/index.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    // The smoke run starts servers and DynamoDB Local on a machine shared with the whole suite.
    testTimeout: 180_000,
  },
});
