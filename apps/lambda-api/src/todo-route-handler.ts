import {
  acceptedRequestId,
  errorCodeOf,
  problemResponse,
  readJsonBody,
  requestIdHeader,
  requestLogEntry,
  requestLogLevel,
  requestLogMessage,
  unexpectedErrorResponse,
  type HttpResponse,
  type TodoRoute,
} from '@todo/http-contract';
import type { TodoUseCases } from '@todo/ports';
import type { Context } from 'aws-lambda';
import { parseGatewayEvent, type GatewayRequest } from './api-gateway-event.js';
import type { HandlerApplication } from './composition-root.js';
import { toGatewayResult, type GatewayResult } from './gateway-response.js';
import { routeParameters } from './route-path.js';

/** A Lambda handler for one route of the contract. */
export type TodoRouteHandler = (event: unknown, context: Context) => Promise<GatewayResult>;

// The same answers, word for word, as the contract's token verifier and the Fastify app give.
// They belong in the contract; see README "What the contract could carry".
const missingCredentials = problemResponse('auth.missing-credentials', {
  detail: 'Send Authorization: Bearer <token>.',
});
const invalidCredentials = problemResponse('auth.invalid-credentials', {
  detail: 'The token is not valid for this API.',
});
const routeNotFound = problemResponse('route.not-found', {
  detail: 'No route matches this method and path.',
});

interface Answer {
  readonly response: HttpResponse;
  /** The route template for the log, `null` when the request was not for this route. */
  readonly route: string | null;
}

// In the order the Fastify app answers: route, then credentials, then body, then the use case.
const answer = async <UseCase extends keyof TodoUseCases>(
  route: TodoRoute<UseCase>,
  request: GatewayRequest,
  todos: Pick<TodoUseCases, UseCase>,
): Promise<Answer> => {
  const params = request.method === route.method ? routeParameters(route.path, request) : undefined;
  if (params === undefined) return { response: routeNotFound, route: null };
  const matched = (response: HttpResponse): Answer => ({ response, route: route.path });

  if (request.owner.kind === 'absent') return matched(missingCredentials);
  if (request.owner.kind === 'invalid') return matched(invalidCredentials);

  const body = route.acceptsBody
    ? readJsonBody({ contentType: request.headers['content-type'], body: request.body })
    : ({ ok: true, value: undefined } as const);
  if (!body.ok) return matched(body.error);

  const response = await route.handle(
    {
      ownerId: request.owner.ownerId,
      params,
      query: request.query,
      headers: request.headers,
      body: body.value,
    },
    todos,
  );
  return matched(response);
};

/**
 * Builds the Lambda handler for one route of the contract (the route object itself, not a lookup
 * in `todoRoutes`, so the bundle carries only this route and what it uses), given an application
 * wired with the use cases that route calls: reads the API Gateway event (2.0 or 1.0), takes the
 * owner from the authorizer's verified `sub`, lets the contract validate, call
 * the use case and shape the answer, and returns it in the event's payload format. Writes one
 * log line per request with the Fastify app's field names, plus Powertools' Lambda context
 * (`function_request_id`, `cold_start`). An event that is not an HTTP event is logged and thrown.
 *
 * @example
 * export const handler = createTodoRouteHandler(
 *   getTodoRoute,
 *   handlerApplicationFromEnvironment(getTodoWiring),
 * );
 */
export const createTodoRouteHandler = <UseCase extends keyof TodoUseCases>(
  route: TodoRoute<UseCase>,
  application: Pick<HandlerApplication<Pick<TodoUseCases, UseCase>>, 'todos' | 'logger'>,
): TodoRouteHandler => {
  const { todos, logger } = application;

  return async (event, context) => {
    const started = performance.now();
    logger.addContext(context);

    const request = parseGatewayEvent(event);
    if (!request.ok) {
      logger.error('unsupported event', request.error);
      throw request.error;
    }
    const requestId =
      acceptedRequestId(request.value.headers[requestIdHeader]) ??
      request.value.requestId ??
      context.awsRequestId;

    let answered: Answer;
    try {
      answered = await answer(route, request.value, todos);
    } catch (error) {
      // The response says nothing; the log keeps what happened, for whoever runs the function.
      logger.error('request failed', error instanceof Error ? error : String(error));
      answered = { response: unexpectedErrorResponse(error), route: route.path };
    }

    const { response } = answered;
    const errorCode = errorCodeOf(response);
    logger[requestLogLevel(response.status)](requestLogMessage, {
      ...requestLogEntry({
        requestId,
        method: request.value.method,
        route: answered.route,
        statusCode: response.status,
        durationMs: performance.now() - started,
        errorCode,
      }),
    });
    return toGatewayResult(request.value.format, response, { [requestIdHeader]: requestId });
  };
};
