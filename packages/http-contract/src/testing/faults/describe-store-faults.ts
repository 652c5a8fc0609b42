import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { storeRetryAfterSeconds } from '../../error-table.js';
import type { HttpContractServer } from '../http-contract-server.js';
import { suiteContext } from '../suite-context.js';
import { startDelayingProxy } from './delaying-proxy.js';
import { startRequestLoad, timedRequest, type LoadRecord } from './request-load.js';

/** A store the suite can kill: a DynamoDB server in a process of its own. */
export interface KillableStore {
  readonly endpoint: string;
  readonly port: number;
  /** Kills the server at once (SIGKILL): no goodbye to open connections. */
  kill(): Promise<void>;
}

/** What the store-fault suite needs from an app's tests. */
export interface StoreFaultsTarget {
  /**
   * Starts the store on `port` (a free one when absent), keeping its tables on disk, so that a
   * store started again on the same port has the tables and items of the one killed there.
   */
  startStore(port?: number): Promise<KillableStore>;
  /** Starts the server under test on the store at `endpoint`, creating its table. */
  startServer(endpoint: string): Promise<HttpContractServer>;
  /** The DynamoDB client's timeout per attempt, as the server was started with. */
  readonly storeRequestTimeoutMs: number;
  /** The longest a request may take while the store is down or too slow, by those timeouts. */
  readonly failWithinMs: number;
}

/** Figures of one fault run, for the record. */
const summary = (name: string, fault: string, records: readonly LoadRecord[], extra: string) => {
  const failed = records.filter((record) => record.status === 503);
  const slowest = Math.max(0, ...failed.map((record) => record.elapsedMs));
  return (
    `store faults (${name}, ${fault}): ${records.length} requests, ${failed.length} answered 503, ` +
    `slowest 503 ${slowest.toFixed(0)} ms; ${extra}`
  );
};

/** Every record is a success or a 503 `store.unavailable` with `Retry-After`, within the bound. */
const expectSuccessOr503 = (records: readonly LoadRecord[], failWithinMs: number) => {
  for (const record of records) {
    const seen = JSON.stringify(record);
    expect(record.error, seen).toBeUndefined();
    if (record.status === 503) {
      expect(record, seen).toMatchObject({
        code: 'store.unavailable',
        retryAfter: String(storeRetryAfterSeconds),
        contentType: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(record.elapsedMs, seen).toBeLessThan(failWithinMs);
    } else {
      expect([200, 201], seen).toContain(record.status);
    }
  }
};

/**
 * The store faults of the issue, against a server on a real DynamoDB server in a process of its
 * own: the store is killed mid-run (requests fail within a bound with 503 and `Retry-After`,
 * `/ready` turns 503, `/health` stays 200, nothing hangs, and service returns by itself when a
 * store comes back on the same port), and the store answers slowly through a delaying proxy
 * (requests fail within the bound; service returns when the delay goes). Writes one summary
 * line per fault with its figures.
 */
export const describeStoreFaults = (name: string, target: StoreFaultsTarget): void => {
  describe(`store faults: ${name}`, { timeout: 120_000 }, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    const clientTimeoutMs = target.failWithinMs + 5_000;
    const get = (server: HttpContractServer, path: string) =>
      timedRequest(`GET ${path}`, `${server.baseUrl}${path}`, {}, clientTimeoutMs);

    it('answers 503 with Retry-After while the store is killed, and recovers when it returns', async () => {
      let store = await target.startStore();
      cleanups.push(() => store.kill());
      const server = await target.startServer(store.endpoint);
      cleanups.push(() => server.stop());
      const context = suiteContext(server);
      const owner = await context.newOwner();
      const before = await Promise.all(
        [1, 2, 3].map((n) => context.createTodo(owner, { title: `Before ${n}` })),
      );
      const load = startRequestLoad({
        baseUrl: server.baseUrl,
        token: owner.token,
        todoIds: before.map((todo) => todo.id),
        concurrency: 8,
        timeoutMs: clientTimeoutMs,
      });

      await sleep(1_000);
      const killedAt = performance.now();
      await store.kill();
      await sleep(2_000);
      const readyWhileDown = await get(server, '/ready');
      const healthWhileDown = await get(server, '/health');
      await sleep(1_000);
      store = await target.startStore(store.port);
      const restartedAt = performance.now();
      const recovered = async () => {
        for (;;) {
          const success = load.records.find((r) => r.startedAt > restartedAt && r.status !== 503);
          if (success !== undefined) return success.startedAt + success.elapsedMs;
          await sleep(50);
        }
      };
      const recoveredAt = await Promise.race([recovered(), sleep(15_000).then(() => Number.NaN)]);
      await sleep(500);
      const records = await load.stop();

      expectSuccessOr503(records, target.failWithinMs);
      expect(records.some((r) => r.startedAt < killedAt && r.status !== 503)).toBe(true);
      expect(records.some((r) => r.startedAt > killedAt && r.status === 503)).toBe(true);
      expect(readyWhileDown).toMatchObject({
        status: 503,
        code: 'store.unavailable',
        retryAfter: '5',
      });
      expect(readyWhileDown.elapsedMs).toBeLessThan(target.failWithinMs);
      expect(healthWhileDown.status).toBe(200);
      expect(recoveredAt - restartedAt).toBeLessThan(10_000);
      expect((await get(server, '/ready')).status).toBe(200);
      for (const todo of before) {
        const read = await context.send('GET', `/todos/${todo.id}`, { token: owner.token });
        expect(read.status).toBe(200);
      }
      console.info(
        summary(
          name,
          'store killed',
          records,
          `/ready while down ${readyWhileDown.elapsedMs.toFixed(0)} ms; ` +
            `first success ${(recoveredAt - restartedAt).toFixed(0)} ms after the store answered again`,
        ),
      );
    });

    it('answers 503 within the bound while the store is too slow, and recovers when it speeds up', async () => {
      const store = await target.startStore();
      cleanups.push(() => store.kill());
      const proxy = await startDelayingProxy({ port: store.port });
      cleanups.push(() => proxy.stop());
      const server = await target.startServer(proxy.endpoint);
      cleanups.push(() => server.stop());
      const context = suiteContext(server);
      const owner = await context.newOwner();
      const todo = await context.createTodo(owner, { title: 'Before the slowdown' });
      const headers = {
        authorization: `Bearer ${owner.token}`,
        'content-type': 'application/json',
      };
      const burst = () =>
        Promise.all([
          timedRequest('GET /todos', `${server.baseUrl}/todos`, { headers }, clientTimeoutMs),
          timedRequest(
            'GET /todos/{id}',
            `${server.baseUrl}/todos/${todo.id}`,
            { headers },
            clientTimeoutMs,
          ),
          timedRequest(
            'POST /todos',
            `${server.baseUrl}/todos`,
            { method: 'POST', headers, body: JSON.stringify({ title: 'Slow' }) },
            clientTimeoutMs,
          ),
          get(server, '/ready'),
        ]);

      proxy.setDelay(Math.floor(target.storeRequestTimeoutMs / 10));
      const sluggish = await burst();
      proxy.setDelay(target.storeRequestTimeoutMs + 1_000);
      const tooSlow = await Promise.all([burst(), burst()]).then((bursts) => bursts.flat());
      const health = await get(server, '/health');
      proxy.setDelay(0);
      const restoredAt = performance.now();
      let after = await burst();
      while (
        after.some((record) => record.status === 503) &&
        performance.now() - restoredAt < 10_000
      ) {
        after = await burst();
      }
      const recoveredAfterMs = performance.now() - restoredAt;

      expectSuccessOr503([...sluggish, ...tooSlow, ...after], target.failWithinMs);
      expect(sluggish.map((record) => record.status)).toEqual([200, 200, 201, 200]);
      expect(tooSlow.map((record) => record.status)).toEqual(Array(8).fill(503));
      expect(health.status).toBe(200);
      expect(health.elapsedMs).toBeLessThan(1_000);
      expect(after.map((record) => record.status)).toEqual([200, 200, 201, 200]);
      console.info(
        summary(
          name,
          `store ${target.storeRequestTimeoutMs + 1_000} ms late`,
          tooSlow,
          `/health meanwhile ${health.elapsedMs.toFixed(0)} ms; ` +
            `served again ${recoveredAfterMs.toFixed(0)} ms after the delay went`,
        ),
      );
    });
  });
};
