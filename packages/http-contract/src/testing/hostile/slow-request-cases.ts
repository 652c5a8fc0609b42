import { describe, expect, it } from 'vitest';
import { expectRefusal } from './expect-refusal.js';
import type { HostileRequest } from './hostile-request.js';
import type { HostileServer } from './hostile-server.js';
import type { HostileWorld } from './hostile-world.js';
import { sendRawRequest } from './raw-http-exchange.js';

interface Started {
  readonly server: HostileServer;
  readonly world: HostileWorld;
}

/** Requests that start and then stop, holding a connection: each must end with a 408. */
export const describeSlowRequests = (started: () => Started) => {
  describe('requests that stop half-way', () => {
    const heads: [string, (world: HostileWorld) => string][] = [
      ['headers that never end', () => 'GET /todos HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1'],
      [
        'a body that never comes',
        (world) =>
          'POST /todos HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          `Authorization: Bearer ${world.alice.token}\r\nContent-Length: 100\r\n\r\n{"title":`,
      ],
    ];

    it.each(heads)(
      'answers %s with 408 request.timeout once the request timeout passes',
      async (_name, head) => {
        const { server, world } = started();
        const request: HostileRequest = {
          kind: 'slow-request',
          expected: ['request.timeout'],
          bytes: Buffer.from(head(world), 'latin1'),
        };

        const response = await sendRawRequest(
          server.baseUrl,
          request,
          server.requestTimeoutMs + 10_000,
        );

        expectRefusal(response, request);
        // The server checks its connections once a second, so the answer comes within a second more.
        expect(response.elapsedMs).toBeGreaterThanOrEqual(server.requestTimeoutMs - 100);
        expect(response.elapsedMs).toBeLessThan(server.requestTimeoutMs + 2_500);
      },
    );
  });
};
