import { randomBytes } from 'node:crypto';
import { buildBenchBundles, benchBundles } from './build-bench-bundles.js';
import { startServerProcess } from './http/server-process.js';
import { runHttpBench } from './http/run-http-bench.js';
await buildBenchBundles();
const secret = randomBytes(48).toString('base64url');
const app = await startServerProcess({
  name: 'app',
  script: '../apps/fastify-api/dist/main.js',
  env: { TODO_STORE: 'memory', TODO_JWT_SECRET: secret },
});
const bare = await startServerProcess({
  name: 'bare',
  script: benchBundles.bareFastifyServer,
  env: { TODO_JWT_SECRET: secret },
});
const raw = await startServerProcess({ name: 'raw', script: benchBundles.rawNodeServer });
try {
  const r = await runHttpBench(
    { app, bare, raw, secret },
    {
      connections: 32,
      warmupSeconds: 1,
      roundSeconds: 2,
      rounds: 1,
      seed: { getPool: 50, patchPool: 50, listOwnerTodos: 30 },
    },
    console.log,
  );
  for (const x of r.routes)
    console.log(
      x.route,
      x.throughputRatio,
      x.cpuRatio,
      JSON.stringify(
        Object.fromEntries(
          Object.entries(x.contenders).map(([k, v]) => [
            k,
            [v.requestsPerSecond, v.p50Ms, v.p99Ms, v.cpuMicrosPerRequest, v.non2xx],
          ]),
        ),
      ),
    );
} finally {
  await Promise.all([app.stop(), bare.stop(), raw.stop()]);
}
