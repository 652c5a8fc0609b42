import { Type, type Static } from '@sinclair/typebox';
import { median, ratioAgainst, round, spread } from '../statistics.js';

type Target = Parameters<typeof ratioAgainst>[1];

/**
 * The part of a run's results file (`pnpm bench` writes them) that {@link ratiosOf} reads;
 * everything else in the file is allowed and ignored.
 */
export const fullRunSchema = Type.Object({
  mode: Type.Literal('full'),
  machine: Type.Object({ date: Type.String() }),
  http: Type.Optional(
    Type.Object({
      routes: Type.Array(
        Type.Object({
          route: Type.String(),
          throughputRatio: Type.Number(),
          cpuRatio: Type.Number(),
          quietThroughputRatio: Type.Optional(Type.Number()),
        }),
      ),
    }),
  ),
  lambda: Type.Optional(
    Type.Object({
      handlers: Type.Array(
        Type.Object({
          name: Type.String(),
          sizeRatio: Type.Number(),
          coldLoadRatio: Type.Number(),
        }),
      ),
    }),
  ),
  memory: Type.Optional(Type.Object({ ratio: Type.Number() })),
});

/** A full run's results, as far as {@link fullRunSchema} checks them. */
export type FullRun = Static<typeof fullRunSchema>;

/** The ratios of one full run that the targets are judged on. */
export interface RunRatios {
  readonly date: string;
  readonly http: readonly {
    readonly route: string;
    readonly throughputRatio: number;
    readonly cpuRatio: number;
    readonly quietThroughputRatio?: number | undefined;
  }[];
  readonly lambda: readonly {
    readonly name: string;
    readonly sizeRatio: number;
    readonly coldLoadRatio: number;
  }[];
  readonly memoryRatio?: number | undefined;
}

/** What {@link summariseRuns} reports for one ratio: every run's value, their median and range. */
export interface AcrossRuns {
  readonly values: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** The medians over several runs, per route and per handler. */
export interface RunsSummary {
  readonly dates: readonly string[];
  readonly http: readonly {
    readonly route: string;
    readonly throughput: AcrossRuns;
    readonly cpu: AcrossRuns;
    readonly quietThroughput: AcrossRuns;
  }[];
  readonly lambda: readonly {
    readonly name: string;
    readonly size: AcrossRuns;
    readonly coldLoad: AcrossRuns;
  }[];
  readonly memory: AcrossRuns;
}

/** The ratios of a run's results, as {@link summariseRuns} takes them. */
export const ratiosOf = (results: FullRun): RunRatios => ({
  date: results.machine.date,
  http: results.http?.routes ?? [],
  lambda: results.lambda?.handlers ?? [],
  memoryRatio: results.memory?.ratio,
});

const acrossRuns = (values: readonly number[]): AcrossRuns => {
  const { min, max } = spread(values);
  return { values, median: median(values), min, max };
};

const namesIn = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

/**
 * Each ratio over several runs: a route or handler missing from a run is left out of that run's
 * values, not counted as zero.
 */
export const summariseRuns = (runs: readonly RunRatios[]): RunsSummary => {
  const routes = namesIn(runs.map((run) => run.http.map((entry) => entry.route)));
  const handlers = namesIn(runs.map((run) => run.lambda.map((entry) => entry.name)));
  const httpOf = (route: string) =>
    runs.flatMap((run) => run.http.filter((entry) => entry.route === route));
  const lambdaOf = (name: string) =>
    runs.flatMap((run) => run.lambda.filter((entry) => entry.name === name));

  return {
    dates: runs.map((run) => run.date),
    http: routes.map((route) => {
      const entries = httpOf(route);
      return {
        route,
        throughput: acrossRuns(entries.map((entry) => entry.throughputRatio)),
        cpu: acrossRuns(entries.map((entry) => entry.cpuRatio)),
        quietThroughput: acrossRuns(
          entries.flatMap((entry) =>
            entry.quietThroughputRatio === undefined ? [] : [entry.quietThroughputRatio],
          ),
        ),
      };
    }),
    lambda: handlers.map((name) => {
      const entries = lambdaOf(name);
      return {
        name,
        size: acrossRuns(entries.map((entry) => entry.sizeRatio)),
        coldLoad: acrossRuns(entries.map((entry) => entry.coldLoadRatio)),
      };
    }),
    memory: acrossRuns(
      runs.flatMap((run) => (run.memoryRatio === undefined ? [] : [run.memoryRatio])),
    ),
  };
};

const two = (value: number) => (Number.isFinite(value) ? round(value, 2).toFixed(2) : 'n/a');
const cell = ({ median: middle, min, max }: AcrossRuns) =>
  Number.isFinite(middle) ? `${two(middle)} (${two(min)}-${two(max)})` : 'n/a';
/** A judged ratio's median and range, each rounded away from its target (see ratioAgainst). */
const judgedCell = ({ median: middle, min, max }: AcrossRuns, target: Target) =>
  Number.isFinite(middle)
    ? `${ratioAgainst(middle, target)} (${ratioAgainst(min, target)}-${ratioAgainst(max, target)})`
    : 'n/a';
const each = ({ values }: AcrossRuns, target: Target) =>
  values.map((value) => ratioAgainst(value, target)).join(', ');
const verdict = (met: boolean) => (met ? 'met' : '**missed**');

const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** The summary as markdown: medians with their range, each run's value, and the verdicts. */
export const renderRunsSummary = (summary: RunsSummary): string =>
  [
    `Medians over ${summary.dates.length} full runs (${summary.dates.join(', ')}); in brackets, ` +
      'the lowest and highest run.',
    '',
    table(
      [
        'route',
        'app / bare req/s',
        'each run',
        'target ≥ 0.90',
        'CPU app / bare',
        'both logs off: app / bare',
      ],
      summary.http.map((route) => [
        route.route,
        judgedCell(route.throughput, 'at-least'),
        each(route.throughput, 'at-least'),
        verdict(route.throughput.median >= 0.9),
        cell(route.cpu),
        cell(route.quietThroughput),
      ]),
    ),
    '',
    table(
      [
        'handler',
        'size app / bare',
        'target ≤ 1.10',
        'cold load app / bare',
        'each run',
        'target ≤ 1.10',
      ],
      summary.lambda.map((handler) => [
        handler.name,
        judgedCell(handler.size, 'at-most'),
        verdict(handler.size.median <= 1.1),
        judgedCell(handler.coldLoad, 'at-most'),
        each(handler.coldLoad, 'at-most'),
        verdict(handler.coldLoad.median <= 1.1),
      ]),
    ),
    '',
    `Memory, RSS after 100,000 ÷ after 20,000 requests: ${cell(summary.memory)} ` +
      `(target within 10%: ${verdict(Math.abs(summary.memory.median - 1) <= 0.1)}).`,
    '',
  ].join('\n');
