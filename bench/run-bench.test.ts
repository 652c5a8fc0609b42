import { describe, expect, it } from 'vitest';
import { measuredRoutes } from './http/http-workloads.js';
import { lambdaHandlerNames } from './build-bench-bundles.js';
import { renderMarkdown } from './report/render-markdown.js';
import { runBench } from './run-bench.js';

// The smoke run of `pnpm bench --quick`: every section starts its servers, sends its load and
// comes back with numbers. It asserts nothing about speed: on a machine shared with the whole
// test suite, a one-second round says nothing; `pnpm bench` is the measurement.
describe('the quick benchmark', () => {
  it('runs every section and produces numbers for each route, handler and use case', async () => {
    const results = await runBench({ mode: 'quick' });

    const routes = results.http?.routes ?? [];
    expect(routes.map((route) => route.route)).toEqual([...measuredRoutes]);
    for (const route of routes) {
      for (const name of ['app', 'bare']) {
        const summary = route.contenders[name];
        expect(summary?.requestsPerSecond, `${route.route} ${name}`).toBeGreaterThan(0);
        expect(summary?.cpuMicrosPerRequest, `${route.route} ${name}`).toBeGreaterThan(0);
        // A non-2xx answer means the workload no longer matches the API: the numbers would lie.
        expect(summary?.non2xx, `${route.route} ${name}`).toBe(0);
      }
      expect(route.throughputRatio).toBeGreaterThan(0);
    }
    expect(routes[0]?.contenders['raw']?.requestsPerSecond).toBeGreaterThan(0);

    const handlers = results.lambda?.handlers ?? [];
    expect(handlers.map((handler) => handler.name)).toEqual([...lambdaHandlerNames]);
    for (const handler of handlers) {
      expect(handler.app.gzipBytes).toBeGreaterThan(0);
      expect(handler.app.rawBytes).toBeGreaterThan(handler.app.gzipBytes);
      expect(handler.bare.rawBytes).toBeGreaterThan(handler.bare.gzipBytes);
      expect(handler.app.coldLoadMs).toBeGreaterThan(0);
      expect(handler.bare.coldLoadMs).toBeGreaterThan(0);
    }
    expect(results.lambda?.emptyNodeMs).toBeGreaterThan(0);

    const useCases = results.dynamodb?.useCases ?? [];
    expect(useCases.map((cost) => cost.useCase)).toEqual([
      'create',
      'get',
      'list page of 20',
      'update (title)',
      'complete',
      'delete',
    ]);
    for (const cost of useCases) expect(cost.requestCount).toBeGreaterThan(0);
    expect(results.dynamodb?.listCosts.map((cost) => cost.requests.length)).toEqual([1, 1, 1]);

    expect(results.memory?.rssAtFirstBytes).toBeGreaterThan(0);
    expect(results.memory?.rssAtSecondBytes).toBeGreaterThan(0);
    expect(results.memory?.non2xx).toBe(0);

    const markdown = renderMarkdown(results);
    for (const heading of ['## HTTP', '## Lambda bundles', '## DynamoDB', '## Memory']) {
      expect(markdown).toContain(heading);
    }
  });
});
