import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: { include: ['*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
