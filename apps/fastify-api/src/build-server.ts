import cors from '@fastify/cors';
import { bodyLimitBytes, requestIdHeader, type TokenVerifier } from '@todo/http-contract';
import type { StoreHealth, TodoUseCases } from '@todo/ports';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { registerProblemHandlers } from './problem-handlers.js';
import { registerPublicRoutes } from './public-routes-plugin.js';
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
}

/**
 * Builds the Fastify instance that serves the HTTP contract, ready to `listen`. Tests build it on
 * port 0; `main.ts` on the configured host and port.
 *
 * Bodies are read as text and parsed by the contract (the same code the Lambda app runs), with
 * Fastify enforcing the 16 KiB limit while reading.
 */
export const buildServer = async (dependencies: ServerDependencies): Promise<FastifyInstance> => {
  const app = Fastify({
    loggerInstance: dependencies.logger,
    // One line per request, written by request-logging.ts, instead of Fastify's two.
    logController: new LogController({
      disableRequestLogging: true,
      requestIdLogLabel: 'requestId',
    }),
    bodyLimit: bodyLimitBytes,
    genReqId: requestIdOf,
    // genReqId reads x-request-id itself and checks it before trusting it.
    requestIdHeader: false,
    // While closing, requests on kept-alive connections get a 503 instead of being dropped.
    return503OnClosing: true,
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
    done(null, body);
  });

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
  registerProblemHandlers(app);
  if (dependencies.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...dependencies.corsOrigins],
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'if-match', requestIdHeader],
      exposedHeaders: ['etag', 'location', 'retry-after', requestIdHeader],
      maxAge: 600,
    });
  }
  registerPublicRoutes(app, dependencies);
  registerTodoRoutes(app, dependencies);

  await app.ready();
  return app;
};
