import cors from '@fastify/cors';
import {
  answerClientError,
  bodyLimitBytes,
  missingHostResponse,
  requestIdHeader,
  requestTimeoutMs,
  type TokenVerifier,
} from '@todo/http-contract';
import type { StoreHealth, TodoUseCases } from '@todo/ports';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyBodyParser,
  type FastifyInstance,
} from 'fastify';
import { frameworkErrorResponse, registerProblemHandlers } from './problem-handlers.js';
import { registerPublicRoutes } from './public-routes-plugin.js';
import { lazyRequestLoggerFactory } from './request-logger.js';
import { sendResponse } from './fastify-exchange.js';
import { registerRequestLogging, requestIdOf } from './request-logging.js';
import { registerTodoRoutes } from './todo-routes-plugin.js';

/** What the server is built from: the wired use cases and the edge's own parts. */
export interface ServerDependencies {
  readonly todos: TodoUseCases;
  readonly health: StoreHealth;
  readonly verifier: TokenVerifier;
  /** A pino logger (see logger.ts); the request log line goes through it. */
  readonly logger: FastifyBaseLogger;
  /** Origins CORS allows; empty turns CORS off. */
  readonly corsOrigins: readonly string[];
  /** How long a request may take to arrive in full before a 408; the contract's 10 s default. */
  readonly requestTimeoutMs?: number;
}

/**
 * Builds the Fastify instance that serves the HTTP contract, ready to `listen`. Tests build it on
 * port 0; `main.ts` on the configured host and port.
 *
 * Bodies are read as bytes and parsed by the contract (the same code the Lambda app runs), with
 * Fastify enforcing the 16 KiB limit while reading.
 */
export const buildServer = async (dependencies: ServerDependencies): Promise<FastifyInstance> => {
  const requestTimeout = dependencies.requestTimeoutMs ?? requestTimeoutMs;
  const app = Fastify({
    loggerInstance: dependencies.logger,
    // One line per request, written by request-logging.ts, instead of Fastify's two.
    logController: new LogController({
      disableRequestLogging: true,
      requestIdLogLabel: 'requestId',
    }),
    // request.log is made when first used, not for every request (request-logger.ts).
    childLoggerFactory: lazyRequestLoggerFactory,
    bodyLimit: bodyLimitBytes,
    genReqId: requestIdOf,
    // genReqId reads x-request-id itself and checks it before trusting it.
    requestIdHeader: false,
    // While closing, requests on kept-alive connections get a 503 instead of being dropped.
    // Known shortcoming: Fastify writes that 503 itself, as application/json, not problem+json.
    return503OnClosing: true,
    // Fastify waits forever for a request that stops half-way. Node's check runs every second
    // (not every 30 s) so that the bound holds to about a second, and it only times out a body
    // that stops coming when the headers' timeout is no longer than the request's.
    requestTimeout: requestTimeout,
    http: {
      connectionsCheckingInterval: 1_000,
      headersTimeout: requestTimeout,
      requireHostHeader: false,
    },
    // Requests Node's parser refuses, and URLs the router cannot decode, are answered as
    // problem+json like everything else (Fastify and Node would write their own bodies).
    clientErrorHandler: answerClientError,
    frameworkErrors: (error, request, reply) =>
      sendResponse(request, reply, frameworkErrorResponse(error)),
  });

  app.removeAllContentTypeParsers();
  // Bytes, not text: the contract refuses a body that is not UTF-8 instead of replacing what it
  // cannot decode, and it answers 415 itself for a type it does not take. The same parser is also
  // registered under application/json: Fastify remembers which parser a content type found only
  // when one is registered for that type; with `*` alone it parsed the header again on every
  // request (1.5 µs of a write's CPU in the profiles, BENCHMARKS.md).
  const passBytes: FastifyBodyParser<Buffer> = (_request, body, done) => {
    done(null, body);
  };
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, passBytes);
  app.addContentTypeParser('*', { parseAs: 'buffer' }, passBytes);

  // Requests in flight when closing starts still get their answer; telling their clients to drop
  // the connection lets close() finish then, instead of when the keep-alive times out.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  registerRequestLogging(app);
  // What every request needs first, in one callback-style hook (no promise per request): its id
  // echoed back, then Node's own Host check, which is off (it answers without a body), done
  // again as problem+json. A callback hook that answers does not call `done`.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(requestIdHeader, request.id);
    const problem = missingHostResponse(request.raw);
    if (problem === undefined) return done();
    sendResponse(request, reply, problem);
  });
  registerProblemHandlers(app);
  if (dependencies.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...dependencies.corsOrigins],
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: [
        'authorization',
        'content-type',
        'if-match',
        'idempotency-key',
        requestIdHeader,
      ],
      exposedHeaders: ['etag', 'location', 'retry-after', requestIdHeader],
      maxAge: 600,
    });
  }
  registerPublicRoutes(app, dependencies);
  registerTodoRoutes(app, dependencies);

  await app.ready();
  return app;
};
