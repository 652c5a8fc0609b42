import { createTokenVerifier, type AuthSettings } from '@todo/http-contract';
import { hs256TestSigner, type HttpContractServer } from '@todo/http-contract/testing';
import type { Clock, EventPublisher, StoreHealth, TodoUseCases } from '@todo/ports';
import { RecordingEventPublisher } from '@todo/ports/testing';
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { buildServer } from '../build-server.js';
import { composeApplication, type CompositionOptions } from '../composition-root.js';
import { logEventPublisher } from '../log-event-publisher.js';
import { createLogger } from '../logger.js';
import type { StoreSettings } from '../settings.js';

/** Issuer and audience the test servers require, so the contract's 401 cases for both run. */
export const testIssuer = 'https://issuer.todo.test';
export const testAudience = 'todo-api';

/** A started test server, its log lines and the parts a test may want to reach. */
export interface TestServer extends HttpContractServer {
  readonly app: FastifyInstance;
  /** Every log line written so far, parsed. */
  readonly logLines: () => Record<string, unknown>[];
  /** Everything written to the log, as it was written. */
  readonly logText: () => string;
}

/** How to start a test server. */
export interface TestServerOptions {
  readonly store: StoreSettings;
  readonly dynamoDbCredentials?: CompositionOptions['dynamoDbCredentials'];
  /** Replace the wired use cases or health (to make them fail). */
  readonly todos?: TodoUseCases;
  readonly health?: StoreHealth;
  readonly corsOrigins?: readonly string[];
  /** How long a request may take to arrive before a 408 (the app's 10 s by default). */
  readonly requestTimeoutMs?: number;
  /** Replaces the system clock, e.g. to move past an idempotency key's lifetime. */
  readonly clock?: Clock;
}

/**
 * Wires the app as `main.ts` does (composition root, token check with a fresh secret, issuer and
 * audience) and listens on a free port of 127.0.0.1. Logs are kept in memory for assertions.
 */
export const startTestServer = async (options: TestServerOptions): Promise<TestServer> => {
  const secret = randomBytes(32).toString('base64url');
  const auth: AuthSettings = { mode: 'secret', secret, issuer: testIssuer, audience: testAudience };
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  const logger = createLogger({ level: 'info', pretty: false, destination });

  // Events go to the log, as in main.ts, and are also kept for the tests that count them.
  const recorded = new RecordingEventPublisher();
  const logged = logEventPublisher(logger);
  const events: EventPublisher = {
    async publish(published) {
      await recorded.publish(published);
      await logged.publish(published);
    },
  };
  const application = await composeApplication(options.store, {
    events,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.dynamoDbCredentials === undefined
      ? {}
      : { dynamoDbCredentials: options.dynamoDbCredentials }),
  });
  const app = await buildServer({
    todos: options.todos ?? application.todos,
    health: options.health ?? application.health,
    verifier: createTokenVerifier(auth),
    logger,
    corsOrigins: options.corsOrigins ?? [],
    ...(options.requestTimeoutMs === undefined
      ? {}
      : { requestTimeoutMs: options.requestTimeoutMs }),
  });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const logText = () => chunks.join('');

  return {
    app,
    baseUrl,
    ...hs256TestSigner({ secret, issuer: testIssuer, audience: testAudience }),
    logText,
    publishedEvents: () => recorded.events,
    logLines: () =>
      logText()
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line)),
    stop: async () => {
      await app.close();
      await application.close();
    },
  };
};
