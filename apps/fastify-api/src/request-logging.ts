import {
  acceptedRequestId,
  requestIdHeader,
  requestLogEntry,
  requestLogLevel,
  requestLogMessage,
} from '@todo/http-contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { routeTemplateOf } from './fastify-exchange.js';

/** Fastify's `genReqId`: the caller's `x-request-id` when it is safe to echo, else a UUID. */
export const requestIdOf = (request: IncomingMessage): string => {
  const header = request.headers[requestIdHeader];
  return acceptedRequestId(typeof header === 'string' ? header : undefined) ?? randomUUID();
};

/**
 * One log line per request, written when the response is, with the field names both apps share.
 * It goes through the root logger, not the request's child, so `requestId` is written once.
 */
export const registerRequestLogging = (app: FastifyInstance): void => {
  app.decorateRequest('errorCode', undefined);

  // Callback-style: it runs on every request, and skips a promise. (build-server.ts echoes the
  // request id in x-request-id.)
  app.addHook('onResponse', (request: FastifyRequest, reply, done) => {
    const entry = requestLogEntry({
      requestId: request.id,
      method: request.method,
      route: routeTemplateOf(request),
      statusCode: reply.statusCode,
      durationMs: reply.elapsedTime,
      errorCode: request.errorCode,
    });
    app.log[requestLogLevel(reply.statusCode)](entry, requestLogMessage);
    done();
  });
};
