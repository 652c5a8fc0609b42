// `pnpm exec tsx --tsconfig bench/tsconfig.json bench/profile/count-syscalls.ts [route] [--requests=N]`:
// counts the system calls the app and the bare server make per request under `strace -c`, which
// the CPU profiles cannot show (they see `writev` as one native frame). strace slows the traced
// process a lot; the counts are exact, the times are not.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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

const isRoute = (value: string): value is MeasuredRoute =>
  measuredRoutes.some((route) => route === value);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { requests: { type: 'string', default: '5000' } },
});
const route = positionals[0] ?? 'GET /todos/{id}';
if (!isRoute(route)) {
  process.stderr.write(`The route must be one of: ${measuredRoutes.join(', ')}\n`);
  process.exit(2);
}
const amount = Number(values.requests);

const countOne = async (launch: ServerLaunch, secret: string): Promise<string> => {
  const server = await startServerProcess(launch);
  try {
    const seeded = await seedServer(server.baseUrl, secret, benchSettings.quick.http.seed);
    const load = routeLoad(route, seeded, secret);
    await runLoad(server.baseUrl, load, { connections: 8, amount: 2_000 });
    const strace = spawn('strace', ['-f', '-c', '-p', String(server.pid)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let summary = '';
    strace.stderr.on('data', (chunk: Buffer) => (summary += chunk.toString('utf8')));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const result = await runLoad(server.baseUrl, load, { connections: 8, amount });
    strace.kill('SIGINT');
    await new Promise((resolve) => strace.once('exit', resolve));
    const perRequest = summary
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields.length >= 5 && /^\d/.test(fields[3] ?? ''))
      .map((fields) => ({ calls: Number(fields[3]), name: fields.at(-1) ?? '?' }))
      .filter((row) => row.calls >= result.requests / 20)
      .map((row) => `${row.name} ${(row.calls / result.requests).toFixed(2)}`);
    return `${launch.name}: ${result.requests} requests; system calls per request: ${perRequest.join(', ')}`;
  } finally {
    await server.stop();
  }
};

await buildBenchBundles();
const secret = randomBytes(48).toString('base64url');
process.stdout.write(`${route}\n`);
process.stdout.write(`${await countOne(appLaunch('app', secret, 'info'), secret)}\n`);
process.stdout.write(`${await countOne(appLaunch('app-quiet', secret, 'warn'), secret)}\n`);
process.stdout.write(
  `${await countOne({ name: 'bare', script: benchBundles.bareFastifyServer, env: { TODO_JWT_SECRET: secret } }, secret)}\n`,
);
