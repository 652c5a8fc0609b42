import { build, type BuildOptions, type Plugin } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the benchmark's own servers and handlers are bundled to (git-ignored). */
export const benchDist = here('./dist/');

/** The operations with a Lambda handler, named as the app's bundles are. */
export const lambdaHandlerNames = [
  'create-todo',
  'delete-todo',
  'get-todo',
  'list-todos',
  'update-todo',
] as const;

/** One of {@link lambdaHandlerNames}. */
export type LambdaHandlerName = (typeof lambdaHandlerNames)[number];

const bareExports: Readonly<Record<LambdaHandlerName, string>> = {
  'create-todo': 'createTodo',
  'delete-todo': 'deleteTodo',
  'get-todo': 'getTodo',
  'list-todos': 'listTodos',
  'update-todo': 'updateTodo',
};

/**
 * The two Lambda baselines: `bare` does the work the app's handler does, the short way
 * (lambda/bare-handler.ts); `call-only` makes the DynamoDB call and nothing else
 * (lambda/call-only-handler.ts).
 */
export const lambdaBaselines = ['bare', 'call-only'] as const;

/** One of {@link lambdaBaselines}. */
export type LambdaBaseline = (typeof lambdaBaselines)[number];

const baselineSources: Readonly<Record<LambdaBaseline, string>> = {
  bare: './bare-handler.ts',
  'call-only': './call-only-handler.ts',
};

/** Paths of what {@link buildBenchBundles} writes. */
export const benchBundles = {
  bareFastifyServer: `${benchDist}http/bare-fastify-server.mjs`,
  rawNodeServer: `${benchDist}http/raw-node-server.mjs`,
  baselineHandler: (baseline: LambdaBaseline, name: LambdaHandlerName) =>
    `${benchDist}lambda/${baseline}/${name}/index.mjs`,
  /** esbuild's metafile of a baseline handler: which input files fill the bundle. */
  baselineHandlerMeta: (baseline: LambdaBaseline, name: LambdaHandlerName) =>
    `${benchDist}lambda/${baseline}/meta/${name}.json`,
} as const;

// The settings of apps/lambda-api/build.mjs, copied: the bare handlers must be bundled exactly as
// the app's are for their sizes and load times to compare. Keep the two in step.
const lambdaOptions: BuildOptions = {
  bundle: true,
  minify: true,
  treeShaking: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  sourcemap: true,
  tsconfig: here('./tsconfig.json'),
  logLevel: 'warning',
};

// The servers are bundled as the Fastify app is (tsup: ESM, node20, workspace libraries inlined,
// npm packages left external and loaded from node_modules), so both run the same Fastify files.
const npmPackagesExternal: Plugin = {
  name: 'npm-packages-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@todo/') ? undefined : { path: args.path, external: true },
    );
  },
};

const serverOptions: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  tsconfig: here('./tsconfig.json'),
  plugins: [npmPackagesExternal],
  logLevel: 'warning',
};

/** Bundles the bare servers and the bare Lambda handlers into `bench/dist/`. */
export const buildBenchBundles = async (): Promise<void> => {
  // Only what this writes: profiles live in the same folder.
  await Promise.all(
    ['http', 'lambda'].map((folder) =>
      rm(`${benchDist}${folder}`, { recursive: true, force: true }),
    ),
  );
  await Promise.all([
    build({
      ...serverOptions,
      entryPoints: [here('./http/bare-fastify-server.ts')],
      outfile: benchBundles.bareFastifyServer,
    }),
    build({
      ...serverOptions,
      entryPoints: [here('./http/raw-node-server.ts')],
      outfile: benchBundles.rawNodeServer,
    }),
    ...lambdaBaselines.flatMap((baseline) =>
      lambdaHandlerNames.map(async (name) => {
        const source = baselineSources[baseline];
        const result = await build({
          ...lambdaOptions,
          metafile: true,
          stdin: {
            contents: `export { ${bareExports[name]} as handler } from '${source}';`,
            resolveDir: here('./lambda/'),
            loader: 'ts',
            sourcefile: `${name}.ts`,
          },
          outfile: benchBundles.baselineHandler(baseline, name),
        });
        await mkdir(`${benchDist}lambda/${baseline}/meta/`, { recursive: true });
        await writeFile(
          benchBundles.baselineHandlerMeta(baseline, name),
          JSON.stringify(result.metafile),
        );
      }),
    ),
  ]);
};
