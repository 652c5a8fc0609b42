import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { runCommand, runOrThrow } from './child-process.js';
import { readmeExamples, type ReadmeExample } from './readme-examples.js';
import { readManifest, workspaceRoot, type Library } from './workspace-libraries.js';

/** The consumer's own files: scripts, type tests, tsconfigs and the contract test. */
const consumerFiles = fileURLToPath(new URL('./consumer/', import.meta.url));

/** Tools the consumer installs from the public registry, at the versions the workspace uses. */
const consumerTools = ['typescript', 'vitest', '@types/node'];

/** A project outside the workspace that installs the libraries as a stranger would. */
export interface ConsumerProject {
  readonly folder: string;
  /** Environment for npm and the tools: a throwaway npm cache and no user npmrc. */
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Writes the consumer project into `folder`: `@todo/*` at `version` from `registry` (a scoped
 * `.npmrc`), everything else from the public registry.
 */
export async function createConsumer(
  folder: string,
  registry: string,
  version: string,
  libraries: readonly Library[],
): Promise<ConsumerProject> {
  await mkdir(folder, { recursive: true });
  await cp(consumerFiles, folder, { recursive: true });

  const rootManifest = await readManifest(join(workspaceRoot, 'package.json'));
  const pinned = Object(rootManifest['devDependencies']);
  const tools = Object.fromEntries(
    consumerTools.map((name) => {
      const range: unknown = pinned[name];
      if (typeof range !== 'string') throw new Error(`the workspace does not pin ${name}`);
      return [name, range];
    }),
  );
  const manifest = {
    name: 'todo-consumer-check',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries(libraries.map((library) => [library.name, version])),
    devDependencies: tools,
  };
  await writeFile(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(folder, '.npmrc'), `@todo:registry=${registry}\n`);
  const userConfig = join(folder, '..', 'consumer-user-npmrc');
  await writeFile(userConfig, '');

  // Nx sets FORCE_COLOR for its tasks; scripts must print plain text to compare it.
  const { FORCE_COLOR: _colour, ...inherited } = process.env;
  return {
    folder,
    env: {
      ...inherited,
      NO_COLOR: '1',
      npm_config_cache: join(folder, '..', 'npm-cache'),
      npm_config_userconfig: userConfig,
      npm_config_update_notifier: 'false',
    },
  };
}

/** `npm install` in the consumer; returns how many packages npm reports. */
export async function installConsumer(consumer: ConsumerProject): Promise<string> {
  const { stdout } = await runOrThrow('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: consumer.folder,
    env: consumer.env,
    timeoutMs: 600_000,
  });
  return stdout.trim().split('\n').at(-1) ?? '';
}

/** Runs a script of the consumer with `node` and returns what it printed. */
export const runScript = async (consumer: ConsumerProject, script: string) =>
  (
    await runOrThrow(process.execPath, [script], { cwd: consumer.folder, env: consumer.env })
  ).stdout.trim();

const bin = (consumer: ConsumerProject, name: string) =>
  join(consumer.folder, 'node_modules/.bin', name);

/** Type-checks the consumer under one of its tsconfigs. */
export const typeCheck = (consumer: ConsumerProject, tsconfig: string) =>
  runOrThrow(bin(consumer, 'tsc'), ['-p', tsconfig], { cwd: consumer.folder, env: consumer.env });

/**
 * Runs the consumer's vitest suite (the repository contract) and returns how many tests passed;
 * fails when any failed or none ran.
 */
export async function runContractSuite(consumer: ConsumerProject): Promise<number> {
  const report = join(consumer.folder, 'vitest-report.json');
  await runOrThrow(
    bin(consumer, 'vitest'),
    ['run', '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: consumer.folder, env: { ...consumer.env, CI: 'true' } },
  );
  const results: unknown = JSON.parse(await readFile(report, 'utf8'));
  const count = (key: string) =>
    typeof results === 'object' && results !== null && key in results
      ? Number(Object(results)[key])
      : Number.NaN;
  const passed = count('numPassedTests');
  if (!(passed > 0) || count('numFailedTests') !== 0) {
    throw new Error(`vitest: ${passed} passed, ${count('numFailedTests')} failed`);
  }
  return passed;
}

/** The README examples of one installed library, compiled, ready to run. */
export interface CompiledReadme {
  readonly library: Library;
  readonly examples: readonly ReadmeExample[];
  /** Module names under `readme/` (sources) and `readme-build/` (compiled), one per example. */
  readonly names: readonly string[];
  /** What `tsc` said about this library's examples; empty when they compiled cleanly. */
  readonly errors: readonly string[];
}

/**
 * Takes the `ts runnable` examples from each installed library's README (as published) and
 * compiles them all in one `tsc` run under `nodenext` (one program is much faster than one per
 * library). Type errors are handed to the library whose example has them.
 */
export async function compileReadmes(
  consumer: ConsumerProject,
  libraries: readonly Library[],
): Promise<CompiledReadme[]> {
  await mkdir(join(consumer.folder, 'readme'), { recursive: true });
  const readmes: Omit<CompiledReadme, 'errors'>[] = [];
  for (const library of libraries) {
    const installed = join(consumer.folder, 'node_modules', library.name, 'README.md');
    const examples = existsSync(installed) ? readmeExamples(await readFile(installed, 'utf8')) : [];
    const names = examples.map((_, index) => `${library.dir}-${index + 1}`);
    for (const [index, example] of examples.entries()) {
      await writeFile(join(consumer.folder, 'readme', `${names[index]}.ts`), example.code);
    }
    readmes.push({ library, examples, names });
  }

  const files = readmes.flatMap(({ names }) => names.map((name) => `readme/${name}.ts`));
  await writeFile(
    join(consumer.folder, 'tsconfig.readme-examples.json'),
    JSON.stringify({ extends: './tsconfig.readme.json', files }),
  );
  // tsc still writes JavaScript when it finds type errors; those are reported per library.
  const { output } = await runCommand(
    bin(consumer, 'tsc'),
    ['-p', 'tsconfig.readme-examples.json'],
    {
      cwd: consumer.folder,
      env: consumer.env,
    },
  );
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
  const inExamples = (names: readonly string[]) => (line: string) =>
    names.some((name) => line.startsWith(`readme/${name}.ts(`));
  const elsewhere = errors.filter((line) => !readmes.some(({ names }) => inExamples(names)(line)));
  if (elsewhere.length > 0) throw new Error(elsewhere.join('\n'));

  return readmes.map((readme) => ({ ...readme, errors: errors.filter(inExamples(readme.names)) }));
}

/**
 * Runs one library's compiled README examples with `node` and compares what each prints with its
 * `// →` comments.
 */
export async function runReadme(consumer: ConsumerProject, readme: CompiledReadme) {
  if (readme.examples.length === 0) throw new Error('README.md has no ```ts runnable block');
  if (readme.errors.length > 0) throw new Error(readme.errors.join('\n'));

  for (const [index, example] of readme.examples.entries()) {
    const stdout = await runScript(consumer, join('readme-build', `${readme.names[index]}.js`));
    const printed = stdout === '' ? [] : stdout.split('\n');
    if (!isDeepStrictEqual(printed, example.expectedOutput)) {
      const expected = example.expectedOutput.join('\n');
      throw new Error(`printed:\n${printed.join('\n')}\nbut its comments say:\n${expected}`);
    }
  }
  return `${readme.examples.length} example(s) printed what their comments say`;
}
