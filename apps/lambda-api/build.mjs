// Bundles each handler in src/handlers/ on its own into dist/<name>/index.mjs (what Lambda loads:
// `index.handler`), and prints each bundle's size and what fills it.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const root = new URL('./', import.meta.url);
const dist = new URL('dist/', root);
const handlersDir = new URL('src/handlers/', root);

const handlerNames = (await readdir(handlersDir))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

// Workspace libraries resolve to their sources through tsconfig paths, so no library needs a
// build first and tree-shaking sees through them (each library declares `sideEffects: false`).
const options = {
  bundle: true,
  minify: true,
  treeShaking: true,
  format: 'esm',
  platform: 'node',
  // Lambda runs the bundles on Node 24 (see apps/infra); node20 keeps them loadable on 20 too.
  target: 'node20',
  // The ESM builds of the AWS SDK: smaller, and no `Dynamic require of "node:https"` at load time,
  // which the CommonJS builds cause in an ESM bundle.
  mainFields: ['module', 'main'],
  sourcemap: true,
  tsconfig: new URL('tsconfig.json', root).pathname,
  metafile: true,
  logLevel: 'warning',
};

/** The package an input file belongs to: an npm package, a workspace library or this app. */
const packageOf = (input) => {
  const inModules = input.split('node_modules/').at(-1);
  if (inModules !== input) {
    const [scope, name] = inModules.split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(input);
  return workspace ? `@todo/${workspace[1]}` : 'lambda-api';
};

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const bundle = async (name) => {
  const outfile = new URL(`${name}/index.mjs`, dist).pathname;
  const result = await build({
    ...options,
    entryPoints: [new URL(`${name}.ts`, handlersDir).pathname],
    outfile,
  });
  await writeFile(new URL(`meta/${name}.json`, dist), JSON.stringify(result.metafile));

  const code = await readFile(outfile);
  const output =
    result.metafile.outputs[
      Object.keys(result.metafile.outputs).find((file) => file.endsWith('.mjs'))
    ];
  const byPackage = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const owner = packageOf(input);
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + bytesInOutput);
  }
  const contributors = [...byPackage].sort((a, b) => b[1] - a[1]);
  return { name, raw: code.length, gzip: gzipSync(code, { level: 9 }).length, contributors };
};

await rm(dist, { recursive: true, force: true });
await mkdir(new URL('meta/', dist), { recursive: true });
const bundles = await Promise.all(handlerNames.map(bundle));

console.log('Lambda bundles (minified ESM, AWS SDK included):');
for (const { name, raw, gzip, contributors } of bundles) {
  const top = contributors
    .slice(0, 6)
    .map(([owner, bytes]) => `${owner} ${kilobytes(bytes)}`)
    .join(', ');
  console.log(`  dist/${name}/index.mjs  ${kilobytes(raw)} (gzip ${kilobytes(gzip)})`);
  console.log(`    largest: ${top}`);
}
console.log('Per-module detail: dist/meta/<name>.json (esbuild metafile).');
