// `pnpm exec tsx --tsconfig bench/tsconfig.json bench/profile/perf-profile.ts [route] [--seconds=N]
//   [--before=path/to/main.js]`:
// samples the app and the bare server with Linux `perf` under one route's load and prints where
// each spends its CPU, per request. Unlike `--cpu-prof` (profile-app.ts) it sees everything the
// process runs: V8's builtins and runtime (inline caches, Object.freeze, RegExp construction,
// the garbage collector), Node's C++ and libc. Each sample is charged to the innermost JavaScript
// function on its stack, so the builtins a function calls count as its own cost. `--before` adds
// an earlier build of the app (copied outside dist/, next to a node_modules that resolves its
// packages) to judge a change by the same measure.
//
// Needs `perf` (Debian: linux-perf) and a kernel that lets an unprivileged user sample their own
// processes (perf_event_paranoid 2 or lower). Shares of the samples are the precise part; µs per
// request follow from the sampling rate and, like any time here, move with the machine's load.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchSettings } from '../bench-settings.js';
import { benchBundles, buildBenchBundles } from '../build-bench-bundles.js';
import {
  measuredRoutes,
  routeLoad,
  seedServer,
  type MeasuredRoute,
} from '../http/http-workloads.js';
import { runLoad } from '../http/load-generator.js';
import { startServerProcess, type ServerLaunch } from '../http/server-process.js';
import { appLaunch } from '../run-bench.js';

const samplingHz = 999;

const isRoute = (value: string): value is MeasuredRoute =>
  measuredRoutes.some((route) => route === value);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seconds: { type: 'string', default: '8' }, before: { type: 'string' } },
});
const route = positionals[0] ?? 'PATCH /todos/{id}';
if (!isRoute(route)) {
  process.stderr.write(`The route must be one of: ${measuredRoutes.join(', ')}\n`);
  process.exit(2);
}
const seconds = Number(values.seconds);
const profilesDir = fileURLToPath(new URL('../dist/profiles/', import.meta.url));

const run = (command: string, args: readonly string[]): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks).toString('utf8'))
        : reject(new Error(`bench.perf-failed: ${command} ${args.join(' ')}\n${stderr}`)),
    );
  });

/** Where a JavaScript frame's code comes from, for the by-area table. */
const areaOf = (frame: string): string => {
  const pnpmPackage = /node_modules\/\.pnpm\/((?:@[^+/]+\+)?[^@/]+)@/.exec(frame)?.[1];
  if (pnpmPackage !== undefined) return pnpmPackage.replace('+', '/');
  if (frame.includes(' node:')) return 'node internals';
  if (frame.includes('bare-fastify-server')) return 'bare server (bench/)';
  if (/ file:\S*\/(dist|variants|\.base)\//.test(frame)) return 'app code (libraries and app)';
  return 'other JavaScript';
};

interface Tally {
  samples: number;
  readonly byArea: Map<string, number>;
  readonly byFunction: Map<string, number>;
}

const add = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Reads `perf script -F ip,sym` output: one block per sample, one `address symbol` line per
 * frame, innermost first (perf 6 prints nothing for `-F sym` alone). Each sample
 * is charged to its innermost JavaScript frame (`JS:` in the names Node's perf map writes);
 * one with none (GC threads, I/O, the kernel) is native.
 */
const tally = (script: string): Tally => {
  const result: Tally = { samples: 0, byArea: new Map(), byFunction: new Map() };
  for (const block of script.split(/\n\s*\n/)) {
    const frames = block
      .split('\n')
      .map((line) => line.trim().replace(/^[0-9a-f]+ /, ''))
      .filter((line) => line !== '');
    if (frames.length === 0) continue;
    result.samples += 1;
    const js = frames.find((frame) => frame.startsWith('JS:'));
    if (js === undefined) {
      add(result.byArea, 'native, no JavaScript caller (GC, I/O, kernel)');
      continue;
    }
    add(result.byArea, areaOf(js));
    // `JS:*name /path:line:column` without the optimisation marker, and with the path cut to the
    // file name (ES modules' URLs) or to the package's own path (CommonJS packages).
    const name = js
      .replace(/^JS:[*~^]?/, '')
      .replace(/file:\/\/\/\S*\//, '')
      .replace(/\/\S*\/node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
    add(result.byFunction, name);
  }
  return result;
};

interface Profiled {
  readonly name: string;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly tally: Tally;
}

const profileOne = async (launch: ServerLaunch, secret: string): Promise<Profiled> => {
  const server = await startServerProcess({
    ...launch,
    nodeOptions: [...(launch.nodeOptions ?? []), '--perf-basic-prof-only-functions'],
  });
  const data = join(profilesDir, `${launch.name}.perf.data`);
  try {
    const seeded = await seedServer(server.baseUrl, secret, benchSettings.full.http.seed);
    const load = routeLoad(route, seeded, secret);
    await runLoad(server.baseUrl, load, { connections: 32, durationSeconds: 3 });
    const perf = spawn(
      'perf',
      ['record', '-F', String(samplingHz), '-g', '-p', String(server.pid), '-o', data],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const recording = new Promise((resolve) => perf.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const result = await runLoad(server.baseUrl, load, {
      connections: 32,
      durationSeconds: seconds,
    });
    perf.kill('SIGINT');
    await recording;
    process.stdout.write(`${launch.name}: ${Math.round(result.requestsPerSecond)} req/s\n`);
    return {
      name: launch.name,
      requests: result.requests,
      requestsPerSecond: Math.round(result.requestsPerSecond),
      tally: tally(await run('perf', ['script', '-F', 'ip,sym', '-i', data])),
    };
  } finally {
    await server.stop();
    await rm(`/tmp/perf-${server.pid}.map`, { force: true });
  }
};

const microsPerRequest = (samples: number, profiled: Profiled) =>
  (samples / samplingHz / profiled.requests) * 1e6;

/** One row per key, a µs-per-request and a share column per server, largest first. */
const table = (
  heading: string,
  servers: readonly Profiled[],
  countsOf: (tally: Tally) => Map<string, number>,
  limit: number,
) => {
  const keys = new Map<string, number>();
  for (const server of servers) {
    for (const [key, samples] of countsOf(server.tally)) {
      keys.set(key, Math.max(keys.get(key) ?? 0, microsPerRequest(samples, server)));
    }
  }
  const rows = [...keys]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key]) => {
      const cells = servers.map((server) => {
        const samples = countsOf(server.tally).get(key) ?? 0;
        const share = (100 * samples) / server.tally.samples;
        return `${microsPerRequest(samples, server).toFixed(2)} | ${share.toFixed(1)}%`;
      });
      return `| ${key.replaceAll('|', '\\|')} | ${cells.join(' | ')} |`;
    });
  return [
    `| ${heading} | ${servers.map((server) => `${server.name} µs/req | share`).join(' | ')} |`,
    `| --- | ${servers.map(() => '--- | ---').join(' | ')} |`,
    ...rows,
  ].join('\n');
};

await buildBenchBundles();
await mkdir(profilesDir, { recursive: true });
const secret = randomBytes(48).toString('base64url');
const launches: ServerLaunch[] = [
  appLaunch('app', secret, 'info'),
  ...(values.before === undefined
    ? []
    : [{ ...appLaunch('before', secret, 'info'), script: values.before }]),
  { name: 'bare', script: benchBundles.bareFastifyServer, env: { TODO_JWT_SECRET: secret } },
];
const servers: Profiled[] = [];
for (const launch of launches) servers.push(await profileOne(launch, secret));

const report = [
  `### ${route}: CPU per request by where the code comes from (perf, ${samplingHz} Hz, ${seconds} s)`,
  '',
  servers
    .map(
      (server) =>
        `- ${server.name}: ${server.requestsPerSecond} req/s, ` +
        `${microsPerRequest(server.tally.samples, server).toFixed(1)} µs of CPU per request`,
    )
    .join('\n'),
  '',
  table('area', servers, (tally) => tally.byArea, 20),
  '',
  table('JavaScript function (with the builtins it calls)', servers, (t) => t.byFunction, 40),
  '',
].join('\n');
const slug = route
  .replace(/[^A-Za-z0-9]+/g, '-')
  .replace(/^-|-$/g, '')
  .toLowerCase();
await writeFile(join(profilesDir, `perf-${slug}.md`), report);
process.stdout.write(`\n${report}\nWritten to ${join(profilesDir, `perf-${slug}.md`)}\n`);
