import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPage, expectProblem, expectTodo } from '../expectations.js';
import { suiteContext, type SuiteContext } from '../suite-context.js';
import { expectRefusal } from './expect-refusal.js';
import { describeRequest } from './hostile-request.js';
import { hostileRequestKinds } from './hostile-requests.js';
import type { HostileServer, HostileTarget } from './hostile-server.js';
import type { HostileWorld } from './hostile-world.js';
import { describeIdentity } from './identity-cases.js';
import { sendRawRequest } from './raw-http-exchange.js';
import { describeSlowRequests } from './slow-request-cases.js';
import { seedWorld } from './seed-world.js';
import { unicodeTitles } from './unicode-title-arbitraries.js';

/** How many requests each property sends. */
export interface HostileRequestsOptions {
  /** Generated hostile requests; at least 1,000 (the default). */
  readonly runs?: number;
  /** Generated titles (default 300). */
  readonly titleRuns?: number;
}

/** Milliseconds a server has to answer one hostile request before it counts as hung. */
const answerWithinMs = 10_000;

const percentile = (sorted: readonly number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;

/**
 * The bad-input and identity suite of the issue "Reliability and security under bad input":
 *
 * - a fast-check property that sends at least 1,000 generated hostile requests over raw sockets
 *   (malformed and truncated JSON, bytes that are not UTF-8, wrong types, unknown fields, deep
 *   nesting, bodies over the limit, wrong content types, impossible and foreign ids, bad
 *   cursors and queries, bad `If-Match`, oversized headers, broken HTTP, bad credentials) and
 *   checks each is refused with a 4xx problem of an expected code, that the store, read
 *   directly, is unchanged after each one, and that the server still answers `/health` after;
 * - a property over titles in many scripts, on both sides of the 50-code-point limit;
 * - every bad credential on every route, and owner isolation on every route and cursor;
 * - requests that stop half-way, answered 408 once the server's request timeout passes.
 *
 * Aimed at a server on a real store; it writes one summary line (counts and latencies).
 *
 * @example
 * describeHostileRequests('fastify-api on DynamoDB Local', {
 *   async start() {
 *     const server = await startMyServer();
 *     return { ...server, readStore: () => scanTable(tableName) };
 *   },
 * });
 */
export const describeHostileRequests = (
  name: string,
  target: HostileTarget,
  options: HostileRequestsOptions = {},
): void => {
  const runs = Math.max(1_000, options.runs ?? 1_000);
  const titleRuns = options.titleRuns ?? 300;

  describe(`hostile requests: ${name}`, { timeout: 300_000 }, () => {
    let server: HostileServer | undefined;
    let context: SuiteContext | undefined;
    let world: HostileWorld | undefined;

    beforeAll(async () => {
      server = await target.start();
      context = suiteContext(server);
      world = await seedWorld(context);
    }, 120_000);

    afterAll(async () => {
      await server?.stop();
    }, 60_000);

    const started = () => {
      if (server === undefined || context === undefined || world === undefined) {
        throw new Error('The server under test did not start.');
      }
      return { server, context, world };
    };

    it(`refuses ${runs} generated hostile requests with a 4xx problem, changing nothing`, async () => {
      const { server, world } = started();
      const kinds = hostileRequestKinds(world);
      const tally = new Map<string, number>();
      const latencies: number[] = [];
      const before = await server.readStore();

      await fc.assert(
        fc.asyncProperty(fc.oneof(...kinds), async (request) => {
          tally.set(request.kind, (tally.get(request.kind) ?? 0) + 1);
          const response = await sendRawRequest(server.baseUrl, request, answerWithinMs);
          latencies.push(response.elapsedMs);

          expectRefusal(response, request);
          expect(await server.readStore(), `${describeRequest(request)} changed the store`).toEqual(
            before,
          );
        }),
        // Every run costs a request and a scan, and a request that changed the store would fail
        // every later run: report the first failure as it happened rather than shrink.
        { numRuns: runs, endOnFailure: true },
      );

      const health = await fetch(`${server.baseUrl}/health`);
      expect(health.status).toBe(200);
      expect(tally.size).toBe(kinds.length);
      const sorted = [...latencies].sort((a, b) => a - b);
      console.info(
        `hostile requests (${name}): ${latencies.length} refused, store unchanged; ` +
          `latency p50 ${percentile(sorted, 0.5).toFixed(1)} ms, ` +
          `p99 ${percentile(sorted, 0.99).toFixed(1)} ms, max ${percentile(sorted, 1).toFixed(1)} ms; ` +
          `by kind ${JSON.stringify(Object.fromEntries([...tally].sort()))}`,
      );
    });

    it(`stores titles of 1-50 code points in any script as sent, and refuses the rest (${titleRuns} titles)`, async () => {
      const { context } = started();
      const carol = await context.newOwner();
      let accepted = 0;

      await fc.assert(
        fc.asyncProperty(unicodeTitles, async ({ title, stored, codePoints, controlCharacter }) => {
          const response = await context.send('POST', '/todos', {
            token: carol.token,
            json: { title },
          });

          if (codePoints > 50) {
            expectProblem(response, 'todo.title-too-long', 422);
          } else if (controlCharacter) {
            expectProblem(response, 'todo.title-control-character', 422);
          } else {
            const todo = expectTodo(response, 201);
            expect(todo.title).toBe(stored);
            const read = await context.send('GET', `/todos/${todo.id}`, { token: carol.token });
            expect(expectTodo(read, 200).title).toBe(stored);
            accepted += 1;
          }
        }),
        { numRuns: titleRuns, endOnFailure: true },
      );

      // Refused titles stored nothing: carol has exactly the todos that were accepted.
      let stored = 0;
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
        const page = expectPage(
          await context.send('GET', `/todos?limit=100${query}`, { token: carol.token }),
        );
        stored += page.items.length;
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(stored).toBe(accepted);
      expect(accepted).toBeGreaterThan(0);
    });

    describeIdentity(started);
    describeSlowRequests(started);
  });
};
