// `pnpm nx run bench:profile -- [route] [--seconds=N]`: runs one route's load against the app and
// against the bare server, each started with `node --cpu-prof`, and prints where each spent its
// CPU: top functions by self time and self time by package (bundles resolved through their
// source maps). Profiles and summaries go to bench/dist/profiles/. For the list route, run this
// file with tsx from bench/: Nx does not pass `GET /todos?limit=20` through as one argument.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
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
import { benchSettings } from '../bench-settings.js';
import {
  summariseCpuProfile,
  type ProfileSummary,
  type SelfTime,
} from './summarise-cpu-profile.js';

const isRoute = (value: string): value is MeasuredRoute =>
  measuredRoutes.some((route) => route === value);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seconds: { type: 'string', default: '10' } },
});
const route = positionals[0] ?? 'GET /todos?limit=20';
if (!isRoute(route)) {
  process.stderr.write(`The route must be one of: ${measuredRoutes.join(', ')}\n`);
  process.exit(2);
}
const seconds = Number(values.seconds);
const profilesDir = fileURLToPath(new URL('../dist/profiles/', import.meta.url));

interface Profiled {
  readonly summary: ProfileSummary;
  /** Requests the process answered while it was profiled: seed, warm-up and load. */
  readonly requests: number;
  readonly requestsPerSecond: number;
}

const profileOne = async (launch: ServerLaunch, secret: string): Promise<Profiled> => {
  const dir = join(profilesDir, launch.name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const server = await startServerProcess({
    ...launch,
    nodeOptions: [...(launch.nodeOptions ?? []), '--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  const { seed } = benchSettings.full.http;
  let requests = seed.getPool + seed.patchPool + seed.listOwnerTodos;
  let requestsPerSecond: number;
  try {
    const seeded = await seedServer(server.baseUrl, secret, seed);
    const load = routeLoad(route, seeded, secret);
    const warmup = await runLoad(server.baseUrl, load, { connections: 32, durationSeconds: 3 });
    const result = await runLoad(server.baseUrl, load, {
      connections: 32,
      durationSeconds: seconds,
    });
    requests += warmup.requests + result.requests;
    requestsPerSecond = Math.round(result.requestsPerSecond);
    process.stdout.write(`${launch.name}: ${requestsPerSecond} req/s\n`);
  } finally {
    // The profile is written when the process exits on its own, which SIGTERM lets it do.
    await server.stop();
  }
  const [file] = (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`bench.no-profile: ${launch.name} wrote none`);
  return { summary: await summariseCpuProfile(join(dir, file)), requests, requestsPerSecond };
};

// Process start and module loading are in the profile too: spread over tens of thousands of
// requests they add a few µs per request, mostly to "node internals".
const rows = (times: readonly SelfTime[], requests: number) =>
  times
    .map(
      (time) =>
        `| ${time.name} | ${time.selfMs} | ${((time.selfMs * 1000) / requests).toFixed(1)} | ${time.percent}% |`,
    )
    .join('\n');
const render = (name: string, { summary, requests, requestsPerSecond }: Profiled) =>
  [
    `### ${name}: ${route}, ${requestsPerSecond} req/s over ${seconds} s; ` +
      `${summary.busyMs} ms busy for ${requests} requests`,
    '',
    '| area | self ms | µs per request | share |',
    '| --- | --- | --- | --- |',
    rows(summary.byArea.slice(0, 15), requests),
    '',
    '| function | self ms | µs per request | share |',
    '| --- | --- | --- | --- |',
    rows(summary.topFunctions, requests),
    '',
  ].join('\n');

await buildBenchBundles();
const secret = randomBytes(48).toString('base64url');
const app = await profileOne(appLaunch('app', secret, 'info'), secret);
const bare = await profileOne(
  { name: 'bare', script: benchBundles.bareFastifyServer, env: { TODO_JWT_SECRET: secret } },
  secret,
);
const report = `${render('app', app)}\n${render('bare', bare)}`;
const slug = route
  .replace(/[^A-Za-z0-9]+/g, '-')
  .replace(/^-|-$/g, '')
  .toLowerCase();
await writeFile(join(profilesDir, `${slug}.md`), report);
process.stdout.write(`\n${report}\nWritten to ${join(profilesDir, `${slug}.md`)}\n`);
