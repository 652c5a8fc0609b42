import { setTimeout as sleep } from 'node:timers/promises';
import { ownerHeaders, seedServer, type SeedSizes } from '../http/http-workloads.js';
import { runLoad, type LoadRequest } from '../http/load-generator.js';
import type { ServerProcess } from '../http/server-process.js';
import { median, round } from '../statistics.js';

/** How many requests before each reading. */
export interface MemoryBenchSettings {
  readonly connections: number;
  /** Requests before the first reading (the issue: 20,000). */
  readonly firstReadingAfter: number;
  /** Requests before the second reading, in total (the issue: 100,000). */
  readonly secondReadingAfter: number;
  /** RSS readings per point, 250 ms apart, once the load has stopped; the median is kept. */
  readonly samples: number;
  readonly seed: SeedSizes;
}

/** RSS of the app at rest after each amount of traffic. */
export interface MemoryBenchResult {
  readonly settings: MemoryBenchSettings;
  readonly workload: string;
  /** After start and seeding, before the measured traffic. */
  readonly rssAfterSeedBytes: number;
  readonly rssAtFirstBytes: number;
  readonly rssAtSecondBytes: number;
  /** Second reading ÷ first. The target: within 10% (0.90-1.10). */
  readonly ratio: number;
  readonly non2xx: number;
}

const readRss = async (server: ServerProcess, samples: number): Promise<number> => {
  const readings: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    await sleep(250);
    readings.push(await server.rssBytes());
  }
  return median(readings);
};

const workload =
  'GET /todos/{id}, PATCH /todos/{id} (alternating titles) and GET /todos?limit=20 in turn, ' +
  'on todos created before the first reading: the data set does not grow.';

/**
 * Sends a mix of reads and edits to a freshly started app and reads its RSS after the first and
 * after the second amount of requests. Nothing is created during the measured traffic, so a
 * growing RSS would be a leak, not data.
 */
export const runMemoryBench = async (
  app: ServerProcess,
  secret: string,
  settings: MemoryBenchSettings,
): Promise<MemoryBenchResult> => {
  const seeded = await seedServer(app.baseUrl, secret, settings.seed);
  const headers = ownerHeaders(secret);
  const titles = ['Water the garden', 'Water the plants'].map((title) => JSON.stringify({ title }));
  let sequence = 0;
  const mixed: LoadRequest = {
    method: 'GET',
    path: '/todos?limit=20',
    headers: headers.list,
    vary: () => {
      const next = sequence++;
      const turn = Math.floor(next / 3);
      const id = (ids: readonly string[]) => ids[turn % ids.length] ?? '';
      switch (next % 3) {
        case 0:
          return { method: 'GET', path: `/todos/${id(seeded.getIds)}`, headers: headers.get };
        case 1:
          return {
            method: 'PATCH',
            path: `/todos/${id(seeded.patchIds)}`,
            headers: headers.patch,
            body: titles[Math.floor(turn / seeded.patchIds.length) % 2] ?? '',
          };
        default:
          return { method: 'GET', path: '/todos?limit=20', headers: headers.list };
      }
    },
  };

  const rssAfterSeedBytes = await readRss(app, settings.samples);
  const first = await runLoad(app.baseUrl, mixed, {
    connections: settings.connections,
    amount: settings.firstReadingAfter,
  });
  const rssAtFirstBytes = await readRss(app, settings.samples);
  const second = await runLoad(app.baseUrl, mixed, {
    connections: settings.connections,
    amount: settings.secondReadingAfter - settings.firstReadingAfter,
  });
  const rssAtSecondBytes = await readRss(app, settings.samples);

  return {
    settings,
    workload,
    rssAfterSeedBytes,
    rssAtFirstBytes,
    rssAtSecondBytes,
    ratio: round(rssAtSecondBytes / rssAtFirstBytes, 3),
    non2xx: first.non2xx + second.non2xx,
  };
};
