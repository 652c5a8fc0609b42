import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  benchBundles,
  lambdaHandlerNames,
  type LambdaBaseline,
  type LambdaHandlerName,
} from '../build-bench-bundles.js';
import { median, round } from '../statistics.js';
import { bundleComposition, type PackageShare } from './bundle-composition.js';

const coldLoadScript = fileURLToPath(new URL('./cold-load.mjs', import.meta.url));

/** Where the app's handler bundles are (`pnpm nx build lambda-api`). */
export const appBundle = (name: LambdaHandlerName): string =>
  fileURLToPath(new URL(`../../apps/lambda-api/dist/${name}/index.mjs`, import.meta.url));

/** The esbuild metafile the app's build writes beside its bundles. */
const appBundleMeta = (name: LambdaHandlerName): string =>
  fileURLToPath(new URL(`../../apps/lambda-api/dist/meta/${name}.json`, import.meta.url));

/** How many fresh processes per bundle. */
export interface LambdaBenchSettings {
  readonly coldLoads: number;
}

/** Size and cold load of one bundle. */
export interface BundleMeasure {
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Median wall time from spawning `node` to its exit, ms: what a cold start adds up to. */
  readonly coldLoadMs: number;
  /** Median time spent in `import()` of the bundle inside the process, ms. */
  readonly importMs: number;
}

/**
 * One handler: the app's bundle against the bare one (the same work, the short way), and the
 * call-only one (the DynamoDB call alone) as the floor.
 */
export interface HandlerResult {
  readonly name: LambdaHandlerName;
  readonly app: BundleMeasure;
  readonly bare: BundleMeasure;
  readonly callOnly: BundleMeasure;
  /** app ÷ bare, raw size. Target: at most 1.10. */
  readonly sizeRatio: number;
  readonly gzipRatio: number;
  /** app ÷ bare, median cold load (process wall time). Target: at most 1.10. */
  readonly coldLoadRatio: number;
  /** app ÷ bare, median time inside `import()`, without Node's own start. */
  readonly importRatio: number;
  /** app ÷ call-only, raw size: what the app weighs over the SDK alone. */
  readonly sizeOverCallOnly: number;
  /** app ÷ call-only, median cold load. */
  readonly coldLoadOverCallOnly: number;
  /**
   * Where the app's extra bytes over the bare handler come from, by package (differences of 512
   * bytes or more); absent when the app's build wrote no metafile.
   */
  readonly composition?: readonly PackageShare[];
}

/** The whole Lambda section. */
export interface LambdaBenchResult {
  readonly settings: LambdaBenchSettings;
  /** A `node` process that imports nothing: the floor of every cold load here. */
  readonly emptyNodeMs: number;
  readonly handlers: readonly HandlerResult[];
}

interface Timing {
  readonly wallMs: number;
  readonly importMs: number;
}

// The same environment for every process: what a deployed function has, minus credentials,
// which no client reads while it is being built.
const lambdaEnv = {
  PATH: process.env['PATH'] ?? '',
  AWS_REGION: 'us-east-1',
  TODO_TABLE_NAME: 'bench-todos',
  AWS_LAMBDA_FUNCTION_NAME: 'bench',
};

const timeColdLoad = (bundle: string | undefined): Promise<Timing> =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [coldLoadScript, ...(bundle ? [bundle] : [])], {
      env: lambdaEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const line = stdout.trim().split('\n').at(-1) ?? '';
      const parsed: unknown = code === 0 && line.startsWith('{') ? JSON.parse(line) : undefined;
      const importMs =
        typeof parsed === 'object' && parsed !== null && 'importMs' in parsed
          ? parsed.importMs
          : undefined;
      if (typeof importMs !== 'number') {
        reject(new Error(`bench.cold-load-failed: ${bundle ?? 'empty'} exited ${code}\n${stderr}`));
        return;
      }
      resolve({ wallMs, importMs });
    });
  });

const sizes = async (file: string) => {
  const code = await readFile(file);
  return { rawBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
};

/**
 * Measures every handler bundle of the app and its two baselines: size, and cold load in fresh
 * processes, interleaved (app, bare, call-only, ..., empty node, app, ...) so a busy moment of
 * the machine lands on all of them alike.
 */
export const runLambdaBench = async (settings: LambdaBenchSettings): Promise<LambdaBenchResult> => {
  const targets = [
    ...lambdaHandlerNames.flatMap((name) => [
      { key: `app:${name}`, file: appBundle(name) },
      { key: `bare:${name}`, file: benchBundles.baselineHandler('bare', name) },
      { key: `call-only:${name}`, file: benchBundles.baselineHandler('call-only', name) },
    ]),
    { key: 'empty', file: undefined },
  ];
  const timings = new Map<string, Timing[]>();
  // One untimed pass: the first start of each file pays for the disk cache.
  if (settings.coldLoads > 1) for (const target of targets) await timeColdLoad(target.file);
  for (let run = 0; run < settings.coldLoads; run += 1) {
    for (const target of targets) {
      const timing = await timeColdLoad(target.file);
      timings.set(target.key, [...(timings.get(target.key) ?? []), timing]);
    }
  }

  const measure = async (key: string, file: string): Promise<BundleMeasure> => {
    const runs = timings.get(key) ?? [];
    return {
      ...(await sizes(file)),
      coldLoadMs: round(median(runs.map((t) => t.wallMs)), 1),
      importMs: round(median(runs.map((t) => t.importMs)), 1),
    };
  };
  const handlers: HandlerResult[] = [];
  for (const name of lambdaHandlerNames) {
    const app = await measure(`app:${name}`, appBundle(name));
    const bare = await measure(`bare:${name}`, benchBundles.baselineHandler('bare', name));
    const callOnly = await measure(
      `call-only:${name}`,
      benchBundles.baselineHandler('call-only', name),
    );
    const ratio = (baseline: LambdaBaseline, field: (runs: Timing) => number) => {
      const appRuns = timings.get(`app:${name}`) ?? [];
      const baselineRuns = timings.get(`${baseline}:${name}`) ?? [];
      // Pairs measured back to back in the same pass.
      return round(median(appRuns.map((t, i) => field(t) / field(baselineRuns[i] ?? t))), 3);
    };
    const composition = await bundleComposition(
      appBundleMeta(name),
      benchBundles.baselineHandlerMeta('bare', name),
    ).catch(() => undefined);
    handlers.push({
      name,
      app,
      bare,
      callOnly,
      ...(composition === undefined
        ? {}
        : {
            composition: composition.filter(
              (share) => Math.abs(share.appBytes - share.bareBytes) >= 512,
            ),
          }),
      sizeRatio: round(app.rawBytes / bare.rawBytes, 3),
      gzipRatio: round(app.gzipBytes / bare.gzipBytes, 3),
      coldLoadRatio: ratio('bare', (t) => t.wallMs),
      importRatio: ratio('bare', (t) => t.importMs),
      sizeOverCallOnly: round(app.rawBytes / callOnly.rawBytes, 3),
      coldLoadOverCallOnly: ratio('call-only', (t) => t.wallMs),
    });
  }
  const empty = timings.get('empty') ?? [];
  return { settings, emptyNodeMs: round(median(empty.map((t) => t.wallMs)), 1), handlers };
};
