import type { Logger } from '@aws-lambda-powertools/logger';
import {
  acceptedRequestId,
  bearerTokenOf,
  buildOpenApiDocument,
  docsAssetResponse,
  docsPageResponse,
  errorCodeOf,
  healthResponse,
  jsonContentType,
  missingHostResponse,
  problemResponse,
  publicPaths,
  readinessResponse,
  requestIdHeader,
  requestLogEntry,
  requestLogLevel,
  requestLogMessage,
  todoRoutes,
  unexpectedErrorResponse,
  type HttpResponse,
  type StaticResponse,
  type TodoOperationId,
  type TokenVerifier,
} from '@todo/http-contract';
import type { StoreHealth } from '@todo/ports';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayResult } from '../gateway-response.js';
import { matchWholeRoutePath } from '../route-path.js';
import type { TodoRouteHandler } from '../todo-route-handler.js';
import { claimsOfToken, httpApiEvent } from './http-api-event.js';
import { localLambdaContext } from './lambda-context.js';

/** A handler as the gateway invokes it, with the function name its logs carry. */
export interface LocalFunction {
  readonly functionName: string;
  readonly handler: TodoRouteHandler;
}

/** What the local gateway routes to and checks with. */
export interface LocalGatewayOptions {
  readonly functions: { readonly [Operation in TodoOperationId]: LocalFunction };
  readonly verifier: TokenVerifier;
  readonly health: StoreHealth;
  /** For the lines of requests the gateway answers itself (probes, 401s, 404s). */
  readonly logger: Logger;
}

// API Gateway's own limit is 10 MB; the handlers refuse anything over 16 KiB, so a local
// server needs no more than this to pass every body the handlers should see.
const maxBodyBytes = 1024 * 1024;

type Reply = HttpResponse | StaticResponse;

const routeNotFound = problemResponse('route.not-found', {
  detail: 'No route matches this method and path.',
});

const write = (response: ServerResponse, reply: Reply, requestId: string) => {
  response.writeHead(reply.status, { ...reply.headers, [requestIdHeader]: requestId });
  if (reply.body === undefined) response.end();
  else response.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
};

const writeResult = (response: ServerResponse, result: GatewayResult) => {
  response.writeHead(result.statusCode, result.headers);
  response.end(result.body ?? '');
};

const readBody = async (request: IncomingMessage): Promise<Buffer | undefined> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += bytes.length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
};

const openApiReply = (): StaticResponse => ({
  status: 200,
  headers: { 'content-type': jsonContentType },
  body: JSON.stringify(buildOpenApiDocument()),
});

/**
 * Answers the requests API Gateway (and the service around it) would answer without a handler:
 * probes, the OpenAPI document and its docs page; `undefined` for anything else.
 */
const publicReply = async (
  method: string,
  path: string,
  health: StoreHealth,
): Promise<Reply | undefined> => {
  if (method !== 'GET') return undefined;
  if (path === publicPaths.health) return healthResponse();
  if (path === publicPaths.ready) return readinessResponse(health);
  if (path === publicPaths.openApi) return openApiReply();
  if (path === publicPaths.docs) return docsPageResponse();
  return docsAssetResponse(path);
};

/**
 * The request listener of the local server: a stand-in for API Gateway's HTTP API in front of
 * the handlers. It routes by the contract's method and path (404 `route.not-found` otherwise),
 * checks the bearer token as the API's JWT authorizer would (401 before any handler runs),
 * turns the request into a payload 2.0 event with the token's claims and invokes the route's
 * handler in this process with a fresh Lambda context.
 */
export const createLocalGateway = (options: LocalGatewayOptions) => {
  const { functions, verifier, health, logger } = options;

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = performance.now();
    const receivedAt = new Date();
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    const idHeader = request.headers[requestIdHeader];
    const requestId =
      acceptedRequestId(typeof idHeader === 'string' ? idHeader : undefined) ?? randomUUID();

    // One line per request the gateway answers itself; the handlers log their own.
    const answer = (reply: Reply, route: string | null) => {
      write(response, reply, requestId);
      const errorCode = errorCodeOf(reply);
      logger[requestLogLevel(reply.status)](requestLogMessage, {
        ...requestLogEntry({
          requestId,
          method,
          route,
          statusCode: reply.status,
          durationMs: performance.now() - started,
          errorCode,
        }),
      });
    };

    try {
      const missingHost = missingHostResponse(request);
      if (missingHost !== undefined) return answer(missingHost, null);
      const published = await publicReply(method, path, health);
      if (published !== undefined) return answer(published, path);

      const match = todoRoutes
        .filter((route) => route.method === method)
        .map((route) => ({ route, params: matchWholeRoutePath(route.path, path) }))
        .find((candidate) => candidate.params !== undefined);
      if (match?.params === undefined) return answer(routeNotFound, null);
      const { route, params } = match;

      const authorization = request.headers.authorization;
      const authentication = await verifier.authenticate(authorization);
      if (!authentication.ok) return answer(authentication.response, route.path);

      const body = await readBody(request);
      if (body === undefined) {
        response.setHeader('connection', 'close');
        return answer(
          problemResponse('request.body-too-large', { detail: 'The body is far too large.' }),
          route.path,
        );
      }

      const target = functions[route.operationId];
      const event = httpApiEvent({
        method,
        url,
        headers: request.headers,
        body,
        routePath: route.path,
        pathParameters: params,
        claims: claimsOfToken(bearerTokenOf(authorization) ?? ''),
        requestId,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        protocol: `HTTP/${request.httpVersion}`,
        receivedAt,
      });
      writeResult(response, await target.handler(event, localLambdaContext(target.functionName)));
    } catch (error) {
      // A client that went away (or was timed out) mid-body leaves nobody to answer: not a fault.
      if (request.destroyed && response.destroyed) {
        logger.debug('client went away', { requestId, method });
        return;
      }
      // API Gateway answers a failed invocation with a bare 500; so does this gateway.
      logger.error('invocation failed', error instanceof Error ? error : String(error));
      if (!response.headersSent) answer(unexpectedErrorResponse(error), null);
      else response.destroy();
    }
  };
};
