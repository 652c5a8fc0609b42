#!/usr/bin/env bash
# Scaffolds a library under packages/: ./tools/new-lib.sh <name> <tag> "<description>"
set -euo pipefail
name=$1 tag=$2 description=$3
dir=packages/$name
mkdir -p "$dir/src"
cat > "$dir/package.json" <<JSON
{
  "name": "@todo/$name",
  "version": "0.1.0",
  "description": "$description",
  "license": "MIT",
  "type": "module",
  "sideEffects": false,
  "exports": {
    ".": {
      "import": { "types": "./dist/index.d.ts", "default": "./dist/index.js" },
      "require": { "types": "./dist/index.d.cts", "default": "./dist/index.cjs" }
    },
    "./package.json": "./package.json"
  },
  "main": "./dist/index.cjs",
  "module": "./dist/index.js",
  "types": "./dist/index.d.ts",
  "files": ["dist", "README.md"],
  "engines": { "node": ">=20" }
}
JSON
cat > "$dir/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "../../node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "packages/$name/src",
  "projectType": "library",
  "tags": ["$tag"],
  "targets": {
    "build": { "command": "tsup", "options": { "cwd": "{projectRoot}" } },
    "test": { "command": "vitest run", "options": { "cwd": "{projectRoot}" } },
    "lint": { "command": "eslint .", "options": { "cwd": "{projectRoot}" } },
    "typecheck": { "command": "tsc -p tsconfig.json --noEmit", "options": { "cwd": "{projectRoot}" } }
  }
}
JSON
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "../../tsconfig.base.json",
  "include": ["src/**/*.ts", "*.config.ts"]
}
JSON
cat > "$dir/tsup.config.ts" <<'TS'
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
TS
cat > "$dir/vitest.config.ts" <<'TS'
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: { include: ['src/**/*.test.ts'] },
});
TS
