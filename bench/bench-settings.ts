import type { DynamoDbBenchSettings } from './dynamodb/run-dynamodb-bench.js';
import type { HttpBenchSettings } from './http/run-http-bench.js';
import type { LambdaBenchSettings } from './lambda/run-lambda-bench.js';
import type { MemoryBenchSettings } from './memory/run-memory-bench.js';

/** `full` is the benchmark; `quick` checks that every section runs and produces numbers. */
export type BenchMode = 'full' | 'quick';

/** Everything that sets how long and how hard each section runs. */
export interface BenchSettings {
  readonly http: HttpBenchSettings & {
    /**
     * Also run the app and the bare server with their request logs off (level warn), to see the
     * gap without the log line.
     */
    readonly withQuietServers: boolean;
  };
  readonly memory: MemoryBenchSettings;
  readonly lambda: LambdaBenchSettings;
  readonly dynamodb: DynamoDbBenchSettings;
}

const seed = { getPool: 256, patchPool: 256, listOwnerTodos: 100 };

/** The settings of each mode. A full run takes about 8-10 minutes on 2 cores. */
export const benchSettings: Readonly<Record<BenchMode, BenchSettings>> = {
  full: {
    http: {
      connections: 32,
      warmupSeconds: 5,
      roundSeconds: 5,
      rounds: 5,
      seed,
      withQuietServers: true,
    },
    memory: {
      connections: 32,
      firstReadingAfter: 20_000,
      secondReadingAfter: 100_000,
      samples: 5,
      seed,
    },
    lambda: { coldLoads: 20 },
    dynamodb: { repeats: 5, listOwnerSizes: [10, 30, 10_000] },
  },
  quick: {
    http: {
      connections: 8,
      warmupSeconds: 0,
      roundSeconds: 1,
      rounds: 1,
      seed: { getPool: 8, patchPool: 8, listOwnerTodos: 25 },
      withQuietServers: false,
    },
    memory: {
      connections: 8,
      firstReadingAfter: 200,
      secondReadingAfter: 1_000,
      samples: 1,
      seed: { getPool: 8, patchPool: 8, listOwnerTodos: 25 },
    },
    lambda: { coldLoads: 1 },
    dynamodb: { repeats: 1, listOwnerSizes: [10, 30, 100] },
  },
};
