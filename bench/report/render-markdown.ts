import type { BenchResults } from '../bench-results.js';
import { ratioAgainst } from '../statistics.js';

const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

const integer = (value: number) => Math.round(value).toLocaleString('en-US');
const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mebibytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const verdict = (met: boolean) => (met ? 'met' : '**missed**');

/** The results as the markdown tables BENCHMARKS.md quotes. */
export const renderMarkdown = (results: BenchResults): string => {
  const { machine, mode } = results;
  const parts: string[] = [
    `# Benchmark results (${mode})`,
    '',
    `${machine.date} · ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB · ` +
      `Linux ${machine.kernel} · load average at start ${machine.loadAverageAtStart}`,
    '',
    Object.entries(machine.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(' · '),
  ];

  const { http } = results;
  if (http !== undefined) {
    const { settings } = http;
    parts.push(
      '',
      '## HTTP',
      '',
      `autocannon, ${settings.connections} connections, ${settings.warmupSeconds} s warm-up per ` +
        `server, ${settings.rounds} rounds of ${settings.roundSeconds} s per server, alternating. ` +
        'Medians over rounds; ratios are medians of the per-round ratios. CPU is the server ' +
        "process's user + system time per response.",
      '',
      table(
        [
          'route',
          'app req/s',
          'bare req/s',
          'app / bare',
          'target ≥ 0.90',
          'app p50 / p99 ms',
          'bare p50 / p99 ms',
          'app CPU µs/req',
          'bare CPU µs/req',
          'CPU app / bare',
          'CPU app − bare µs',
          'both logs off: app / bare req/s',
          'both logs off: CPU app / bare',
        ],
        http.routes.map((route) => {
          const app = route.contenders['app'];
          const bare = route.contenders['bare'];
          const quiet =
            route.contenders['app-quiet'] !== undefined &&
            route.contenders['bare-quiet'] !== undefined;
          return [
            route.route,
            integer(app?.requestsPerSecond ?? NaN),
            integer(bare?.requestsPerSecond ?? NaN),
            ratioAgainst(route.throughputRatio, 'at-least'),
            verdict(route.throughputRatio >= 0.9),
            `${app?.p50Ms ?? 'n/a'} / ${app?.p99Ms ?? 'n/a'}`,
            `${bare?.p50Ms ?? 'n/a'} / ${bare?.p99Ms ?? 'n/a'}`,
            fixed(app?.cpuMicrosPerRequest ?? NaN, 1),
            fixed(bare?.cpuMicrosPerRequest ?? NaN, 1),
            fixed(route.cpuRatio, 2),
            fixed((app?.cpuMicrosPerRequest ?? NaN) - (bare?.cpuMicrosPerRequest ?? NaN), 0),
            quiet ? fixed(route.quietThroughputRatio ?? NaN, 2) : 'not run',
            quiet ? fixed(route.quietCpuRatio ?? NaN, 2) : 'not run',
          ];
        }),
      ),
    );
    const raw = http.routes.find((route) => route.contenders['raw'] !== undefined)?.contenders[
      'raw'
    ];
    if (raw !== undefined) {
      parts.push(
        '',
        `Ceiling, \`node:http\` answering a fixed todo: ${integer(raw.requestsPerSecond)} req/s, ` +
          `p50 ${raw.p50Ms} ms, p99 ${raw.p99Ms} ms, ${fixed(raw.cpuMicrosPerRequest, 1)} µs CPU/req.`,
      );
    }
    const failures = http.routes.flatMap((route) =>
      Object.entries(route.contenders)
        .filter(([, summary]) => summary.non2xx > 0)
        .map(([name, summary]) => `${route.route} ${name}: ${summary.non2xx} non-2xx`),
    );
    if (failures.length > 0) parts.push('', `Non-2xx answers: ${failures.join('; ')}.`);
  }

  const { lambda } = results;
  if (lambda !== undefined) {
    parts.push(
      '',
      '## Lambda bundles',
      '',
      `Cold load: a fresh \`node\` process importing the bundle (clients built at module scope), ` +
        `median of ${lambda.settings.coldLoads}, wall time from spawn to exit. An empty Node ` +
        `start takes ${fixed(lambda.emptyNodeMs, 1)} ms. _bare_ does the work the app's handler ` +
        'does, the short way (bench/lambda/bare-handler.ts); _call-only_ makes the DynamoDB ' +
        'call and nothing else (bench/lambda/call-only-handler.ts), the floor.',
      '',
      table(
        [
          'handler',
          'app raw (gzip)',
          'bare raw (gzip)',
          'size app / bare',
          'target ≤ 1.10',
          'app cold load ms',
          'bare cold load ms',
          'cold app / bare',
          'target ≤ 1.10',
          'import() app / bare ms',
          'call-only raw',
          'call-only cold load ms',
          'app / call-only: size, cold load',
        ],
        lambda.handlers.map((handler) => [
          handler.name,
          `${kilobytes(handler.app.rawBytes)} (${kilobytes(handler.app.gzipBytes)})`,
          `${kilobytes(handler.bare.rawBytes)} (${kilobytes(handler.bare.gzipBytes)})`,
          `${ratioAgainst(handler.sizeRatio, 'at-most')} (gzip ${ratioAgainst(handler.gzipRatio, 'at-most')})`,
          verdict(handler.sizeRatio <= 1.1),
          fixed(handler.app.coldLoadMs, 1),
          fixed(handler.bare.coldLoadMs, 1),
          ratioAgainst(handler.coldLoadRatio, 'at-most'),
          verdict(handler.coldLoadRatio <= 1.1),
          `${fixed(handler.app.importMs, 1)} / ${fixed(handler.bare.importMs, 1)}`,
          kilobytes(handler.callOnly.rawBytes),
          fixed(handler.callOnly.coldLoadMs, 1),
          `${fixed(handler.sizeOverCallOnly, 2)}, ${fixed(handler.coldLoadOverCallOnly, 2)}`,
        ]),
      ),
    );
  }

  const largest = lambda?.handlers.reduce<(typeof lambda.handlers)[number] | undefined>(
    (chosen, handler) =>
      chosen === undefined || handler.app.rawBytes > chosen.app.rawBytes ? handler : chosen,
    undefined,
  );
  if (largest?.composition !== undefined) {
    parts.push(
      '',
      `What the app's ${largest.name} bundle holds that the bare one does not (esbuild metafiles, ` +
        'minified bytes by package, differences of 0.5 KB or more):',
      '',
      table(
        ['package', 'app', 'bare', 'difference'],
        largest.composition.map((share) => [
          share.name,
          kilobytes(share.appBytes),
          kilobytes(share.bareBytes),
          kilobytes(share.appBytes - share.bareBytes),
        ]),
      ),
    );
  }

  const { dynamodb } = results;
  if (dynamodb !== undefined) {
    parts.push(
      '',
      '## DynamoDB',
      '',
      `Against ${dynamodb.server}, through \`createTodoService\` and \`DynamoDbTodoRepository\`, ` +
        `\`ReturnConsumedCapacity: TOTAL\`; ${dynamodb.settings.repeats} runs each.`,
      '',
      table(
        ['use case', 'requests', 'count', 'budget', 'capacity units', 'target'],
        dynamodb.useCases.map((cost) => [
          cost.useCase,
          cost.requests.join(', '),
          cost.requestCount,
          `≤ ${cost.budget}`,
          fixed(cost.capacityUnits, 1),
          verdict(cost.requestCount <= cost.budget),
        ]),
      ),
      '',
      'First page of 20 (`limit=20`), by the owner’s number of todos:',
      '',
      table(
        ['owner’s todos', 'items returned', 'requests', 'capacity units'],
        dynamodb.listCosts.map((cost) => [
          integer(cost.todos),
          cost.items,
          cost.requests.join(', '),
          fixed(cost.capacityUnits, 1),
        ]),
      ),
    );
  }

  const { memory } = results;
  if (memory !== undefined) {
    parts.push(
      '',
      '## Memory',
      '',
      `The Fastify app (memory store), freshly started. Workload: ${memory.workload} ` +
        `RSS is the median of ${memory.settings.samples} readings at rest after each amount.`,
      '',
      table(
        ['after', 'RSS'],
        [
          ['start and seed', mebibytes(memory.rssAfterSeedBytes)],
          [
            `${integer(memory.settings.firstReadingAfter)} requests`,
            mebibytes(memory.rssAtFirstBytes),
          ],
          [
            `${integer(memory.settings.secondReadingAfter)} requests`,
            mebibytes(memory.rssAtSecondBytes),
          ],
        ],
      ),
      '',
      `Ratio ${fixed(memory.ratio, 3)} (target within 10%: ${verdict(Math.abs(memory.ratio - 1) <= 0.1)}); ` +
        `${memory.non2xx} non-2xx answers.`,
    );
  }
  return `${parts.join('\n')}\n`;
};
