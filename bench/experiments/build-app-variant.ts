import { build, type Plugin } from 'esbuild';
import { mkdir, readFile, rm, symlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDist } from '../build-bench-bundles.js';

const workspace = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** One textual change to one source file; `find` must occur exactly once. */
export interface SourceEdit {
  /** Path from the workspace root, e.g. `apps/fastify-api/src/logger.ts`. */
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

/** A build of the Fastify app with some edits applied: a what-if, measured like the app. */
export interface AppVariant {
  readonly name: string;
  /** What the edits change and why, for the report. */
  readonly description: string;
  readonly edits: readonly SourceEdit[];
}

const variantsDir = `${benchDist}variants/`;

/** Where {@link buildAppVariant} writes a variant. */
export const variantScript = (name: string): string => `${variantsDir}${name}/main.mjs`;

const npmPackagesExternal: Plugin = {
  name: 'npm-packages-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@todo/') ? undefined : { path: args.path, external: true },
    );
  },
};

const applyEdits = (edits: readonly SourceEdit[]): Plugin => ({
  name: 'apply-edits',
  setup(builder) {
    const byFile = new Map<string, SourceEdit[]>();
    for (const edit of edits) {
      const path = workspace(edit.file);
      byFile.set(path, [...(byFile.get(path) ?? []), edit]);
    }
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      const fileEdits = byFile.get(args.path);
      if (fileEdits === undefined) return undefined;
      let contents = await readFile(args.path, 'utf8');
      for (const edit of fileEdits) {
        const at = contents.indexOf(edit.find);
        if (at < 0 || contents.indexOf(edit.find, at + 1) >= 0) {
          throw new Error(
            `bench.edit-does-not-apply: ${edit.file} no longer has the text to replace once`,
          );
        }
        contents = contents.replace(edit.find, () => edit.replace);
      }
      byFile.delete(args.path);
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
    builder.onEnd(() => {
      if (byFile.size > 0) throw new Error(`bench.edit-not-used: ${[...byFile.keys()].join(', ')}`);
    });
  },
});

/**
 * Bundles `apps/fastify-api/src/main.ts` as its tsup build does (ESM, node20, workspace libraries
 * inlined, npm packages external) with `variant`'s edits applied, into bench/dist/variants/. The
 * app's node_modules are linked beside it so its npm packages load as the app's do. The
 * unedited variant (no edits) is the control: it must measure like the tsup build.
 */
export const buildAppVariant = async (variant: AppVariant): Promise<string> => {
  const outfile = variantScript(variant.name);
  await rm(dirname(outfile), { recursive: true, force: true });
  await mkdir(variantsDir, { recursive: true });
  await symlink(workspace('apps/fastify-api/node_modules'), `${variantsDir}node_modules`).catch(
    (error: unknown) => {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    },
  );
  await build({
    entryPoints: [workspace('apps/fastify-api/src/main.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    tsconfig: workspace('apps/fastify-api/tsconfig.json'),
    plugins: [applyEdits(variant.edits), npmPackagesExternal],
    logLevel: 'warning',
  });
  return outfile;
};
