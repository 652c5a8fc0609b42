import { median, round } from '../statistics.js';
import {
  measuredRoutes,
  routeLoad,
  seedServer,
  type MeasuredRoute,
  type SeedSizes,
} from './http-workloads.js';
import { runLoad, type LoadRequest, type LoadShape } from './load-generator.js';
import type { ServerProcess } from './server-process.js';

/** How long and how often to measure. */
export interface HttpBenchSettings {
  readonly connections: number;
  readonly warmupSeconds: number;
  readonly roundSeconds: number;
  readonly rounds: number;
  readonly seed: SeedSizes;
  /** Only these routes; all of them when absent. */
  readonly routes?: readonly MeasuredRoute[];
}

/** The servers of one HTTP benchmark, already started. */
export interface HttpContenders {
  /** The Fastify app as shipped (memory store, auth on, request log at info). */
  readonly app: ServerProcess;
  /** The same app with its log level at warn: how much of the gap the request log is. */
  readonly appQuiet?: ServerProcess;
  /** The bare server, request log at info like the app. */
  readonly bare: ServerProcess;
  /** The bare server at warn, no request log: what `appQuiet` is compared with. */
  readonly bareQuiet?: ServerProcess;
  /** `node:http` with a fixed answer: the ceiling, measured alongside `GET /todos/{id}`. */
  readonly raw?: ServerProcess;
  /** Builds of the app with a change applied (see experiments/), measured like the app. */
  readonly variants?: Readonly<Record<string, ServerProcess>>;
  /** The secret every server checks tokens with. */
  readonly secret: string;
}

/** One server in one round. */
export interface RoundMeasure {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Server CPU time (user + system, all threads) per response, µs. */
  readonly cpuMicrosPerRequest: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** One server over all rounds of a route: medians, and every round for the record. */
export interface ContenderSummary {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly cpuMicrosPerRequest: number;
  readonly non2xx: number;
  readonly rounds: readonly RoundMeasure[];
}

/** One route's results. Ratios are medians of per-round ratios (both measured in that round). */
export interface RouteResult {
  readonly route: MeasuredRoute;
  readonly contenders: Readonly<Record<string, ContenderSummary>>;
  /** app req/s ÷ bare req/s. The target is 0.90 or more. */
  readonly throughputRatio: number;
  /** app CPU per request ÷ bare CPU per request (above 1: the app spends more per request). */
  readonly cpuRatio: number;
  /** Like `throughputRatio`, with both servers' request logs off (log level warn). */
  readonly quietThroughputRatio?: number;
  /** Like `cpuRatio`, with both servers' request logs off. */
  readonly quietCpuRatio?: number;
  /** Throughput and CPU ratios against bare of each variant, when variants were measured. */
  readonly variantRatios?: Readonly<Record<string, { throughput: number; cpu: number }>>;
}

/** The whole HTTP section. */
export interface HttpBenchResult {
  readonly settings: HttpBenchSettings;
  readonly routes: readonly RouteResult[];
}

type Named = readonly [name: string, server: ServerProcess];

const measureOnce = async (
  server: ServerProcess,
  load: LoadRequest,
  shape: LoadShape,
): Promise<RoundMeasure> => {
  const cpuBefore = await server.cpuMicros();
  const result = await runLoad(server.baseUrl, load, shape);
  const cpuAfter = await server.cpuMicros();
  return {
    requestsPerSecond: round(result.requestsPerSecond),
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    cpuMicrosPerRequest: round((cpuAfter - cpuBefore) / Math.max(result.requests, 1), 1),
    requests: result.requests,
    non2xx: result.non2xx,
    errors: result.errors,
  };
};

const summarise = (rounds: readonly RoundMeasure[]): ContenderSummary => ({
  requestsPerSecond: round(median(rounds.map((r) => r.requestsPerSecond))),
  p50Ms: median(rounds.map((r) => r.p50Ms)),
  p99Ms: median(rounds.map((r) => r.p99Ms)),
  cpuMicrosPerRequest: round(median(rounds.map((r) => r.cpuMicrosPerRequest)), 1),
  non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
  rounds,
});

const ratioOf = (
  rounds: Readonly<Record<string, RoundMeasure[]>>,
  numerator: string,
  denominator: string,
  field: 'requestsPerSecond' | 'cpuMicrosPerRequest',
): number => {
  const top = rounds[numerator] ?? [];
  const bottom = rounds[denominator] ?? [];
  return round(
    median(top.map((measure, index) => measure[field] / (bottom[index]?.[field] ?? NaN))),
    3,
  );
};

/**
 * Measures each route on every server: a warm-up run per server, then `rounds` rounds in which
 * each server gets the same load for the same time, one after the other, the order reversed
 * every other round so neither side always runs first on a warmer (or busier) machine.
 */
export const runHttpBench = async (
  contenders: HttpContenders,
  settings: HttpBenchSettings,
  progress: (line: string) => void,
): Promise<HttpBenchResult> => {
  const servers: Named[] = [
    ['app', contenders.app],
    ['bare', contenders.bare],
    ...(contenders.appQuiet === undefined ? [] : [['app-quiet', contenders.appQuiet] as const]),
    ...(contenders.bareQuiet === undefined ? [] : [['bare-quiet', contenders.bareQuiet] as const]),
    ...Object.entries(contenders.variants ?? {}),
  ];
  const loads = new Map<string, Map<MeasuredRoute, LoadRequest>>();
  for (const [name, server] of servers) {
    const seeded = await seedServer(server.baseUrl, contenders.secret, settings.seed);
    const byRoute = new Map<MeasuredRoute, LoadRequest>();
    for (const route of measuredRoutes)
      byRoute.set(route, routeLoad(route, seeded, contenders.secret));
    loads.set(name, byRoute);
  }
  const rawLoad: LoadRequest = { method: 'GET', path: '/todos/fixed', headers: {} };
  const loadFor = (name: string, route: MeasuredRoute): LoadRequest =>
    name === 'raw' ? rawLoad : (loads.get(name)?.get(route) ?? rawLoad);

  const routes: RouteResult[] = [];
  for (const route of settings.routes ?? measuredRoutes) {
    const inRoute: Named[] =
      route === 'GET /todos/{id}' && contenders.raw !== undefined
        ? [...servers, ['raw', contenders.raw]]
        : servers;
    for (const [name, server] of inRoute) {
      await runLoad(server.baseUrl, loadFor(name, route), {
        connections: settings.connections,
        durationSeconds: settings.warmupSeconds,
      });
    }

    const rounds: Record<string, RoundMeasure[]> = {};
    for (let index = 0; index < settings.rounds; index += 1) {
      const order = index % 2 === 0 ? inRoute : [...inRoute].reverse();
      for (const [name, server] of order) {
        const measure = await measureOnce(server, loadFor(name, route), {
          connections: settings.connections,
          durationSeconds: settings.roundSeconds,
        });
        (rounds[name] ??= []).push(measure);
        progress(
          `  ${route} round ${index + 1} ${name}: ${measure.requestsPerSecond} req/s, ` +
            `${measure.cpuMicrosPerRequest} µs CPU/req` +
            (measure.non2xx > 0 ? `, ${measure.non2xx} non-2xx` : ''),
        );
      }
    }

    const summaries = Object.fromEntries(
      Object.entries(rounds).map(([name, measures]) => [name, summarise(measures)]),
    );
    routes.push({
      route,
      contenders: summaries,
      throughputRatio: ratioOf(rounds, 'app', 'bare', 'requestsPerSecond'),
      cpuRatio: ratioOf(rounds, 'app', 'bare', 'cpuMicrosPerRequest'),
      ...(rounds['app-quiet'] === undefined || rounds['bare-quiet'] === undefined
        ? {}
        : {
            quietThroughputRatio: ratioOf(rounds, 'app-quiet', 'bare-quiet', 'requestsPerSecond'),
            quietCpuRatio: ratioOf(rounds, 'app-quiet', 'bare-quiet', 'cpuMicrosPerRequest'),
          }),
      ...(contenders.variants === undefined
        ? {}
        : {
            variantRatios: Object.fromEntries(
              Object.keys(contenders.variants).map((name) => [
                name,
                {
                  throughput: ratioOf(rounds, name, 'bare', 'requestsPerSecond'),
                  cpu: ratioOf(rounds, name, 'bare', 'cpuMicrosPerRequest'),
                },
              ]),
            ),
          }),
    });
  }
  return { settings, routes };
};
