import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startTestDynamoDb } from '@todo/tool-dynamodb-local';
import { benchSections, type BenchResults, type BenchSection } from './bench-results.js';
import { benchSettings, type BenchMode } from './bench-settings.js';
import { benchBundles, buildBenchBundles, lambdaHandlerNames } from './build-bench-bundles.js';
import { runDynamoDbBench } from './dynamodb/run-dynamodb-bench.js';
import { runHttpBench } from './http/run-http-bench.js';
import { startServerProcess, type ServerLaunch } from './http/server-process.js';
import { appBundle, runLambdaBench } from './lambda/run-lambda-bench.js';
import { machineInfo } from './machine-info.js';
import { runMemoryBench } from './memory/run-memory-bench.js';

/** The built Fastify app (`pnpm nx build fastify-api`). */
export const fastifyAppScript = fileURLToPath(
  new URL('../apps/fastify-api/dist/main.js', import.meta.url),
);

/** What to run. */
export interface BenchOptions {
  readonly mode: BenchMode;
  /** Default: all of {@link benchSections}. */
  readonly sections?: readonly BenchSection[];
  /** Receives one line per step, for a person watching. */
  readonly progress?: (line: string) => void;
}

/** The Fastify app as shipped: memory store, tokens checked with `secret`, log level as given. */
export const appLaunch = (
  name: string,
  secret: string,
  logLevel: 'info' | 'warn',
  nodeOptions: readonly string[] = [],
): ServerLaunch => ({
  name,
  script: fastifyAppScript,
  nodeOptions,
  env: { TODO_STORE: 'memory', TODO_JWT_SECRET: secret, TODO_LOG_LEVEL: logLevel },
});

const assertBuilt = async () => {
  const needed = [fastifyAppScript, ...lambdaHandlerNames.map(appBundle)];
  for (const file of needed) {
    await access(file).catch(() => {
      throw new Error(
        `bench.app-not-built: ${file} is missing; run pnpm nx run-many -t build -p fastify-api lambda-api`,
      );
    });
  }
};

/**
 * Runs the benchmark: builds the bare baselines, then measures each section against them. The
 * apps must be built first (the `bench` and `test` targets depend on their builds). Servers run
 * in their own processes on 127.0.0.1 and are stopped whatever happens.
 */
export const runBench = async (options: BenchOptions): Promise<BenchResults> => {
  const started = Date.now();
  const progress = options.progress ?? (() => undefined);
  const sections = new Set(options.sections ?? benchSections);
  const settings = benchSettings[options.mode];
  const machine = await machineInfo();
  await assertBuilt();
  await buildBenchBundles();
  const secret = randomBytes(48).toString('base64url');
  const results: Omit<BenchResults, 'loadAverageAtEnd' | 'durationSeconds'> & {
    -readonly [Section in BenchSection]?: BenchResults[Section];
  } = { mode: options.mode, machine };

  if (sections.has('http')) {
    progress('HTTP: app, bare Fastify and node:http, each in its own process');
    const bareLaunch = (name: string, logLevel: 'info' | 'warn'): ServerLaunch => ({
      name,
      script: benchBundles.bareFastifyServer,
      env: { TODO_JWT_SECRET: secret, TODO_LOG_LEVEL: logLevel },
    });
    const quiet = settings.http.withQuietServers;
    const launches: ServerLaunch[] = [
      appLaunch('app', secret, 'info'),
      bareLaunch('bare', 'info'),
      { name: 'raw', script: benchBundles.rawNodeServer },
      ...(quiet ? [appLaunch('app-quiet', secret, 'warn'), bareLaunch('bare-quiet', 'warn')] : []),
    ];
    const servers = await Promise.all(launches.map(startServerProcess));
    try {
      const [app, bare, raw, appQuiet, bareQuiet] = servers;
      if (app === undefined || bare === undefined) throw new Error('bench.server-missing');
      results.http = await runHttpBench(
        {
          app,
          bare,
          secret,
          ...(raw ? { raw } : {}),
          ...(appQuiet && bareQuiet ? { appQuiet, bareQuiet } : {}),
        },
        settings.http,
        progress,
      );
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  }

  if (sections.has('memory')) {
    progress('Memory: a fresh app process under a mixed, non-growing load');
    const app = await startServerProcess(appLaunch('app', secret, 'info'));
    try {
      results.memory = await runMemoryBench(app, secret, settings.memory);
    } finally {
      await app.stop();
    }
  }

  if (sections.has('lambda')) {
    progress('Lambda: bundle sizes and cold loads');
    results.lambda = await runLambdaBench(settings.lambda);
  }

  if (sections.has('dynamodb')) {
    progress('DynamoDB: requests and capacity per use case');
    const server = await startTestDynamoDb();
    try {
      const name = server.kind === 'dynamodb-local' ? 'DynamoDB Local 1.25.1' : 'dynalite 4.0.0';
      results.dynamodb = await runDynamoDbBench(server.endpoint, name, settings.dynamodb);
    } finally {
      await server.stop();
    }
  }

  return {
    ...results,
    loadAverageAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
};
