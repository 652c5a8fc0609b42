import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attwProblems, attwProfile } from './attw-problems.js';
import { classesDefinedTwice } from './duplicated-classes.js';
import {
  allDependencies,
  entryPointProblems,
  fieldProblems,
  sourceMapProblems,
  workspaceRanges,
} from './manifest-problems.js';
import { packLibrary, readPackedFile, type PackedLibrary } from './packed-library.js';
import { publintMessages } from './publint-messages.js';
import { findLibraries, type Library } from './workspace-libraries.js';

// Each library is packed as `nx release publish` would pack it, then checked from the tarball:
// what a registry would receive, not what the working tree happens to hold.

const libraries = await findLibraries();
const packed = new Map<string, Promise<PackedLibrary>>();
const attwRuns = new Map<string, Promise<string[]>>();
let workDir = '';

/** Lets at most `limit` tasks run at once; the others wait for a free slot, in order. */
function limiter(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    while (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

/** Marks a promise as handled now; whoever awaits it later still sees its rejection. */
const handledLater = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined);
  return promise;
};

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'todo-package-check-'));
  // attw starts a TypeScript program per package (seconds each): run packages side by side.
  const slot = limiter(Math.max(1, Math.min(availableParallelism(), 4)));
  for (const library of libraries) {
    const tarball = handledLater(slot(() => packLibrary(library, workDir)));
    packed.set(library.name, tarball);
    attwRuns.set(
      library.name,
      handledLater(tarball.then(({ tarball: path }) => slot(() => attwProblems(path)))),
    );
  }
});

afterAll(async () => {
  await Promise.allSettled([...packed.values(), ...attwRuns.values()]);
  await rm(workDir, { recursive: true, force: true });
});

const tarballOf = (library: Library): Promise<PackedLibrary> =>
  packed.get(library.name) ?? Promise.reject(new Error(`${library.name} was not packed`));

const filesOf = async (tarball: PackedLibrary, paths: readonly string[]) =>
  new Map(
    await Promise.all(
      paths.map(async (path) => [path, await readPackedFile(tarball, path)] as const),
    ),
  );

it('finds the libraries to check', () => {
  expect(libraries.map((library) => library.name)).toEqual(
    expect.arrayContaining(['@todo/domain', '@todo/ports', '@todo/application']),
  );
});

for (const library of libraries) {
  describe(library.name, () => {
    it('has nothing for publint to report, not even a suggestion', async () => {
      expect(await publintMessages((await tarballOf(library)).tarball)).toEqual([]);
    });

    it(`has types attw accepts, profile ${attwProfile} (node16 ESM and CJS, bundler)`, async () => {
      expect(await attwRuns.get(library.name)).toEqual([]);
    });

    it('has the package.json fields a registry and a reader expect', async () => {
      expect(fieldProblems((await tarballOf(library)).manifest)).toEqual([]);
    });

    it('depends on real versions, not on workspace: ranges', async () => {
      expect(workspaceRanges((await tarballOf(library)).manifest)).toEqual([]);
    });

    it('ships ESM, CommonJS, declarations and full source maps for each entry', async () => {
      const tarball = await tarballOf(library);
      const { problems, sourceMaps } = entryPointProblems(tarball.manifest, tarball.files);
      const maps = await filesOf(tarball, sourceMaps);

      expect([
        ...problems,
        ...[...maps].flatMap(([path, text]) => sourceMapProblems(path, text)),
      ]).toEqual([]);
    });

    it('ships its README and LICENSE', async () => {
      expect((await tarballOf(library)).files).toEqual(
        expect.arrayContaining(['README.md', 'LICENSE']),
      );
    });

    it('defines each class once per format, so instanceof works across entries', async () => {
      const tarball = await tarballOf(library);
      const code = tarball.files.filter((path) => path.endsWith('.js') || path.endsWith('.cjs'));

      expect(classesDefinedTwice(await filesOf(tarball, code))).toEqual([]);
    });
  });
}

describe('@todo/domain', () => {
  const domain = libraries.find((library) => library.name === '@todo/domain');

  it('is published with no dependencies of any kind, and prints its size', async () => {
    if (domain === undefined) throw new Error('packages/domain is not a published library');
    const tarball = await tarballOf(domain);

    const kilobytes = (tarball.tarballBytes / 1024).toFixed(1);
    console.log(`@todo/domain tarball: ${kilobytes} KiB, ${tarball.files.length} files`);
    expect(allDependencies(tarball.manifest)).toEqual([]);
  });
});
