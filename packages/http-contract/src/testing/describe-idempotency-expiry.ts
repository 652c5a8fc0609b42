import type { Clock } from '@todo/ports';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from './http-client.js';
import type { HttpContractServer } from './http-contract-server.js';

/** A server started on the suite's clock: where it listens, a token for an owner, and a stop. */
export type IdempotencyExpiryServer = Pick<HttpContractServer, 'baseUrl' | 'tokenFor' | 'stop'>;

/** Starts the server under test with `clock` in place of the system clock. */
export interface IdempotencyExpiryTarget {
  start(clock: Clock): Promise<IdempotencyExpiryServer>;
}

// The API's documented key lifetime, written out rather than read from the use cases, so that a
// changed default fails here instead of silently moving the test along with it.
const dayInSeconds = 24 * 60 * 60;

/**
 * How long an `Idempotency-Key` lasts. The contract suite proves replays and refusals; only a
 * server whose clock the test moves shows that a key is forgotten after its lifetime: for 24 hours
 * a repeat gets the first answer and a different body with the same key is refused
 * (`idempotency.key-reused`); from then on the key creates a new todo, which is replayed in turn.
 * The server must keep the use cases' default lifetime.
 *
 * @example
 * describeIdempotencyExpiry('fastify-api on dynamodb-local', {
 *   start: (clock) => startTestServer({ store, clock }),
 * });
 */
export const describeIdempotencyExpiry = (name: string, target: IdempotencyExpiryTarget): void => {
  describe(`Idempotency-Key lifetime: ${name}`, () => {
    let now = new Date('2026-06-01T12:00:00.000Z');
    const advance = (seconds: number) => {
      now = new Date(now.getTime() + seconds * 1000);
    };
    let server: IdempotencyExpiryServer | undefined;
    let token: string;

    beforeAll(async () => {
      server = await target.start({ now: () => now });
      token = await server.tokenFor(`owner-${randomUUID()}`);
    }, 60_000);

    afterAll(async () => {
      await server?.stop();
    }, 60_000);

    const post = (key: string, title: string) => {
      if (server === undefined) throw new Error('The server under test did not start.');
      return send(server.baseUrl, 'POST', '/todos', {
        token,
        json: { title },
        headers: { 'idempotency-key': key },
      });
    };

    it('replays for 24 hours, then lets the key create a new todo', async () => {
      const key = randomUUID();
      const first = await post(key, 'Renew the lease');

      advance(dayInSeconds - 1);
      const lastReplay = await post(key, 'Renew the lease');
      const stillRefused = await post(key, 'Something else');
      advance(1);
      const afterExpiry = await post(key, 'Something else');
      const replayOfTheNew = await post(key, 'Something else');

      expect(first.status).toBe(201);
      expect(lastReplay.body).toEqual(first.body);
      expect(stillRefused.body).toMatchObject({ code: 'idempotency.key-reused' });
      expect(afterExpiry.status).toBe(201);
      expect(afterExpiry.body).toMatchObject({ title: 'Something else' });
      expect(afterExpiry.headers.get('location')).not.toBe(first.headers.get('location'));
      expect(replayOfTheNew.body).toEqual(afterExpiry.body);
    });
  });
};
