import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { impuritiesIn } from './domain-purity.js';

const domainSource = fileURLToPath(new URL('../../packages/domain/src/', import.meta.url));

// The domain's own tests can't check this: the guard bans `node:fs` in the domain.
describe('the domain source', () => {
  it('uses no clock, randomness, crypto or process, and imports only its own files', async () => {
    const entries = await readdir(domainSource, { recursive: true, withFileTypes: true });
    const sourceFiles = entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => relative(domainSource, join(entry.parentPath, entry.name)))
      .filter((path) => !path.endsWith('.test.ts') && !path.split('/').includes('test-support'));

    const impurities = await Promise.all(
      sourceFiles.map(async (path) => ({
        path,
        found: impuritiesIn(path, await readFile(join(domainSource, path), 'utf8')),
      })),
    );

    expect(sourceFiles).toContain('index.ts');
    expect(impurities.filter(({ found }) => found.length > 0)).toEqual([]);
  });
});

describe('impuritiesIn', () => {
  it.each([
    ['reads the clock', 'export const now = () => Date.now();', 'uses Date.now'],
    ['makes a date', 'export const now = () => new Date();', 'uses new Date('],
    ['draws a random number', 'export const pick = () => Math.random();', 'uses Math.random'],
    ['makes a uuid', 'export const id = () => randomUUID();', 'uses randomUUID'],
    ['reaches for crypto', 'export const c = globalThis.crypto;', 'uses crypto'],
    ['reads the environment', 'export const env = process.env;', 'uses process.'],
    ['imports a package', "import { z } from 'zod';\nexport const s = z;", 'imports zod'],
    ['imports a built-in', "import { x } from 'node:fs';\nexport const y = x;", 'imports node:fs'],
    ['imports a parent folder', "export { x } from '../x.js';", 'imports ../x.js'],
    [
      'imports a type of a package',
      "import type { T } from 'zod';\nexport type U = T;",
      'imports zod',
    ],
    ['imports dynamically', "export const load = () => import('zod');", 'imports zod'],
    ['computes a specifier', 'export const load = (m: string) => import(m);', 'imports <computed>'],
  ])('reports a file that %s', (_behaviour, source, impurity) => {
    expect(impuritiesIn('sample.ts', source)).toEqual([impurity]);
  });

  it('ignores comments and accepts imports from its own folder', () => {
    const source = [
      "import type { Instant } from './instant.js';",
      '/** Never calls Date.now or new Date(): the clock port gives the time. */',
      '// process.env and crypto stay at the edge',
      'export const later = (a: Instant, b: Instant): boolean => a > b;',
    ].join('\n');

    expect(impuritiesIn('sample.ts', source)).toEqual([]);
  });
});
