import { describe, expect, it } from 'vitest';
import { renderRunsSummary, summariseRuns, type RunRatios } from './across-runs.js';

const run = (
  date: string,
  throughputRatio: number,
  coldLoadRatio: number,
  memoryRatio?: number,
): RunRatios => ({
  date,
  http: [{ route: 'POST /todos', throughputRatio, cpuRatio: 1 / throughputRatio }],
  lambda: [{ name: 'create-todo', sizeRatio: 1.18, coldLoadRatio }],
  memoryRatio,
});

describe('summariseRuns', () => {
  it('takes the median of each ratio over the runs, with its range', () => {
    const summary = summariseRuns([run('a', 0.91, 1.2), run('b', 0.82, 1.05), run('c', 0.88, 1.0)]);

    expect(summary.http[0]?.throughput).toEqual({
      values: [0.91, 0.82, 0.88],
      median: 0.88,
      min: 0.82,
      max: 0.91,
    });
    expect(summary.lambda[0]?.coldLoad.median).toBe(1.05);
  });

  it('leaves a route out of a run that did not measure it, instead of counting it as zero', () => {
    const withoutHttp: RunRatios = { ...run('b', 0, 1), http: [] };

    const summary = summariseRuns([run('a', 0.8, 1), withoutHttp, run('c', 1.0, 1)]);

    expect(summary.http[0]?.throughput.values).toEqual([0.8, 1.0]);
    expect(summary.http[0]?.throughput.median).toBe(0.9);
  });

  it('skips runs without a memory section', () => {
    const summary = summariseRuns([run('a', 1, 1, 0.99), run('b', 1, 1)]);

    expect(summary.memory.values).toEqual([0.99]);
  });
});

describe('renderRunsSummary', () => {
  it('judges each target on the median, not on the best run', () => {
    const markdown = renderRunsSummary(
      summariseRuns([run('a', 0.95, 1), run('b', 0.85, 1), run('c', 0.8, 1)]),
    );

    expect(markdown).toContain(
      '| POST /todos | 0.85 (0.80-0.95) | 0.95, 0.85, 0.80 | **missed** |',
    );
  });
});
