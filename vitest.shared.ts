import { fileURLToPath } from 'node:url';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Resolves the workspace libraries to their sources, so tests run without a build and stack traces
 * point at TypeScript files. The same mapping lives in `tsconfig.base.json` for the type checker.
 * A subpath comes before its package: an alias also matches every import that starts with its key.
 */
export const workspaceAliases = {
  '@todo/domain': root('./packages/domain/src/index.ts'),
  '@todo/ports/testing': root('./packages/ports/src/testing/index.ts'),
  '@todo/ports': root('./packages/ports/src/index.ts'),
  '@todo/application': root('./packages/application/src/index.ts'),
  '@todo/adapter-memory': root('./packages/adapter-memory/src/index.ts'),
  '@todo/adapter-dynamodb': root('./packages/adapter-dynamodb/src/index.ts'),
  '@todo/http-contract/testing': root('./packages/http-contract/src/testing/index.ts'),
  '@todo/http-contract': root('./packages/http-contract/src/index.ts'),
  '@todo/local-dynamodb': root('./packages/local-dynamodb/src/index.ts'),
};
