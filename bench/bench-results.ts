import type { BenchMode } from './bench-settings.js';
import type { DynamoDbBenchResult } from './dynamodb/run-dynamodb-bench.js';
import type { HttpBenchResult } from './http/run-http-bench.js';
import type { LambdaBenchResult } from './lambda/run-lambda-bench.js';
import type { MachineInfo } from './machine-info.js';
import type { MemoryBenchResult } from './memory/run-memory-bench.js';

/** The sections a run can measure. */
export const benchSections = ['http', 'lambda', 'dynamodb', 'memory'] as const;

/** One of {@link benchSections}. */
export type BenchSection = (typeof benchSections)[number];

/** Everything one run measured; sections left out of the run are absent. */
export interface BenchResults {
  readonly mode: BenchMode;
  readonly machine: MachineInfo;
  /** 1-minute load average when the run ended. */
  readonly loadAverageAtEnd: number;
  readonly durationSeconds: number;
  readonly http?: HttpBenchResult;
  readonly lambda?: LambdaBenchResult;
  readonly dynamodb?: DynamoDbBenchResult;
  readonly memory?: MemoryBenchResult;
}
