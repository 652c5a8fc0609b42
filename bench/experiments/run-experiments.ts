// `pnpm exec tsx --tsconfig bench/tsconfig.json bench/experiments/run-experiments.ts [routes...]`:
// builds each variant of experiments/app-variants.ts and measures it beside the bare server and
// the app's own build, in the same rounds, so each proposed fix is judged by a number.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { benchSettings } from '../bench-settings.js';
import { benchBundles, buildBenchBundles } from '../build-bench-bundles.js';
import { measuredRoutes, type MeasuredRoute } from '../http/http-workloads.js';
import { runHttpBench } from '../http/run-http-bench.js';
import { startServerProcess, type ServerProcess } from '../http/server-process.js';
import { appLaunch } from '../run-bench.js';
import { appVariants } from './app-variants.js';
import { buildAppVariant } from './build-app-variant.js';

const isRoute = (value: string): value is MeasuredRoute =>
  measuredRoutes.some((route) => route === value);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '4' },
    only: { type: 'string' },
  },
});
const routes = positionals.filter(isRoute);
const wanted = values.only?.split(',');
const variants = appVariants.filter((variant) => wanted?.includes(variant.name) ?? true);

await buildBenchBundles();
const scripts = await Promise.all(variants.map(buildAppVariant));
const secret = randomBytes(48).toString('base64url');
const app = await startServerProcess(appLaunch('app', secret, 'info'));
const bare = await startServerProcess({
  name: 'bare',
  script: benchBundles.bareFastifyServer,
  env: { TODO_JWT_SECRET: secret },
});
const started: ServerProcess[] = [app, bare];
try {
  const variantServers: Record<string, ServerProcess> = {};
  for (const [index, variant] of variants.entries()) {
    const server = await startServerProcess({
      ...appLaunch(variant.name, secret, 'info'),
      script: scripts[index] ?? '',
    });
    started.push(server);
    variantServers[variant.name] = server;
  }
  const result = await runHttpBench(
    { app, bare, secret, variants: variantServers },
    {
      ...benchSettings.full.http,
      warmupSeconds: 3,
      rounds: Number(values.rounds),
      roundSeconds: Number(values.seconds),
      ...(routes.length > 0 ? { routes } : {}),
    },
    (line) => process.stdout.write(`${line}\n`),
  );
  process.stdout.write('\n| route | server | req/s | CPU µs/req | req/s ÷ bare | CPU ÷ bare |\n');
  process.stdout.write('| --- | --- | --- | --- | --- | --- |\n');
  for (const route of result.routes) {
    for (const [name, summary] of Object.entries(route.contenders)) {
      const ratios =
        name === 'app'
          ? { throughput: route.throughputRatio, cpu: route.cpuRatio }
          : route.variantRatios?.[name];
      process.stdout.write(
        `| ${route.route} | ${name} | ${summary.requestsPerSecond} | ${summary.cpuMicrosPerRequest} | ` +
          `${ratios?.throughput ?? '-'} | ${ratios?.cpu ?? '-'} |\n`,
      );
    }
  }
} finally {
  await Promise.all(started.map((server) => server.stop()));
}
