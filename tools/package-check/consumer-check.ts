import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckRun } from './check-run.js';
import { runOrThrow } from './child-process.js';
import {
  createConsumer,
  installConsumer,
  runContractSuite,
  compileReadmes,
  runReadme,
  runScript,
  typeCheck,
} from './consumer-project.js';
import { startLocalRegistry, type LocalRegistry } from './local-registry.js';
import { checkPublished } from './registry-packages.js';
import { copyForRelease, publishCopy, versionCopy } from './release-copy.js';
import { findLibraries, workspaceRoot, type Library } from './workspace-libraries.js';

// The consumer check: publish every library to a throwaway verdaccio with `nx release publish`,
// install them in a project outside the workspace, and use them from ESM, CommonJS, TypeScript and
// vitest as a stranger would. Prints one line per check and ends with `N passed, N failed`.

/**
 * What `nx release` could change in the real tree: the libraries' manifests, a changelog, tags.
 * Taken before and after, to prove the check left the workspace as it found it.
 */
async function releaseState(libraries: readonly Library[]): Promise<string> {
  const hash = createHash('sha256');
  for (const library of libraries) {
    hash.update(await readFile(join(library.path, 'package.json')));
  }
  hash.update(existsSync(join(workspaceRoot, 'CHANGELOG.md')) ? 'changelog' : 'no changelog');
  const tags = await runOrThrow('git', ['tag', '--list'], { cwd: workspaceRoot });
  return hash.update(tags.stdout).digest('hex');
}

const libraries = await findLibraries();
const version = `0.0.0-consumer.${Date.now()}`;
const tag = 'consumer';
const run = new CheckRun();
const stateBefore = await releaseState(libraries);
const folder = await mkdtemp(join(tmpdir(), 'todo-consumer-check-'));
let registry: LocalRegistry | undefined;

// Interrupted: stop verdaccio and delete the temp folder before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.resolve(registry?.stop())
      .finally(() => rm(folder, { recursive: true, force: true }))
      .finally(() => process.exit(130));
  });
}

console.log(`Consumer check of ${libraries.length} libraries at ${version}, in ${folder}`);
try {
  registry = await run.check(
    'verdaccio starts on 127.0.0.1 with throwaway storage',
    {},
    async () => {
      await mkdir(join(folder, 'registry'));
      return startLocalRegistry(join(folder, 'registry'));
    },
    (started) => started.url,
  );

  const copy = await run.check(
    `nx release version ${version} in a throwaway copy of the workspace`,
    {},
    async () => {
      const copyFolder = join(folder, 'workspace');
      await copyForRelease(libraries, copyFolder);
      await versionCopy(copyFolder, version);
      return copyFolder;
    },
  );

  const published = await run.check(
    'nx release publish puts every library in the registry, on real versions',
    { registry, copy },
    async (ready) => {
      const token = await ready.registry.createPublisher();
      await publishCopy(ready.copy, ready.registry.url, token, tag);
      const problems = await checkPublished(ready.registry.url, libraries, version, tag);
      if (problems.length > 0) throw new Error(problems.join('\n'));
      return libraries.map((library) => library.name).join(', ');
    },
    (names) => names,
  );

  const project = await run
    .check(
      'a project outside the workspace installs them from the registry',
      { registry, published },
      async (ready) => {
        const consumer = join(folder, 'consumer');
        const created = await createConsumer(consumer, ready.registry.url, version, libraries);
        return { created, npm: await installConsumer(created) };
      },
      ({ npm }) => `npm: ${npm}`,
    )
    .then((installed) => installed?.created);

  const scripts = [
    ['ESM', 'esm-check.mjs'],
    ['CommonJS', 'cjs-check.cjs'],
  ] as const;
  for (const [format, script] of scripts) {
    await run.check(
      `${format}: create, edit, complete, edit after completion refused, errors instanceof`,
      { project },
      (ready) => runScript(ready.project, script),
    );
  }

  for (const resolution of ['nodenext', 'bundler']) {
    await run.check(
      `TypeScript type-checks against the declarations under moduleResolution ${resolution}`,
      { project },
      (ready) => typeCheck(ready.project, `tsconfig.${resolution}.json`),
    );
  }

  await run.check(
    'the contract suite of @todo/ports/testing passes against @todo/adapter-memory',
    { project },
    (ready) => runContractSuite(ready.project),
    (passed) => `${passed} tests passed`,
  );

  const readmes = await run.check(
    'tsc compiles the README examples of the installed packages (nodenext)',
    { project },
    (ready) => compileReadmes(ready.project, libraries),
    (compiled) => {
      const count = compiled.reduce((sum, readme) => sum + readme.examples.length, 0);
      return `${count} examples; a type error counts against its library`;
    },
  );
  for (const library of libraries) {
    await run.check(
      `the README example of ${library.name} compiles, runs and prints what it says`,
      { project, readme: readmes?.find((candidate) => candidate.library === library) },
      (ready) => runReadme(ready.project, ready.readme),
      (found) => found,
    );
  }
} finally {
  await registry?.stop();
  await rm(folder, { recursive: true, force: true });
}

await run.check(
  'nothing is left behind',
  {},
  async () => {
    const port = registry ? new URL(registry.url).port : 'none';
    const answers =
      registry !== undefined &&
      (await fetch(new URL('-/ping', registry.url)).then(
        () => true,
        () => false,
      ));
    if (answers) throw new Error(`verdaccio still answers on port ${port}`);
    if (existsSync(folder)) throw new Error(`${folder} is still there`);
    if ((await releaseState(libraries)) !== stateBefore) {
      throw new Error("the libraries' package.json files, CHANGELOG.md or git tags changed");
    }
    return port;
  },
  (port) => `verdaccio (port ${port}) stopped, temp folder removed, manifests and tags unchanged`,
);

console.log(run.vitestSummary());
console.log(run.summary());
process.exitCode = run.failed > 0 ? 1 : 0;
