import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readmeExamples } from './readme-examples.js';
import { findLibraries } from './workspace-libraries.js';

// Runs the `ts runnable` examples of each library's README against the libraries' sources (the
// vitest config maps `@todo/*` to them) and compares what they print with their `// →` comments.
// `pnpm consumer-check` runs the same examples against the published packages.

const libraries = await findLibraries();
let workDir = '';

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'todo-readme-examples-'));
});

afterAll(() => rm(workDir, { recursive: true, force: true }));

/** Imports the module at `path` and returns the lines it printed with `console.log`. */
async function printedBy(path: string): Promise<string[]> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(...format(...args).split('\n'));
  });
  try {
    await import(path);
  } finally {
    log.mockRestore();
  }
  return lines;
}

for (const library of libraries) {
  describe(`${library.name} README`, () => {
    it('has an example that runs and prints what its comments say', async () => {
      const examples = readmeExamples(await readFile(join(library.path, 'README.md'), 'utf8'));
      expect(examples.length, 'README.md has no ```ts runnable block').toBeGreaterThan(0);

      for (const [index, example] of examples.entries()) {
        const path = join(workDir, `${library.dir}-${index + 1}.ts`);
        await writeFile(path, example.code);

        expect(await printedBy(path)).toEqual(example.expectedOutput);
      }
    });
  });
}
