import {
  readJsonBody,
  todoPageSchema,
  todoRoutes,
  todoViewSchema,
  type TodoOperationId,
  type TodoRoute,
  type TokenVerifier,
} from '@todo/http-contract';
import type { TodoUseCases } from '@todo/ports';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasEmptyParam,
  headersOf,
  paramsOf,
  sendResponse,
  stringEntries,
} from './fastify-exchange.js';

/** Fastify writes path parameters as `:id` where the contract writes `{id}`. */
export const fastifyPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

// The body of each route's success answer, as the contract documents it. Given to Fastify as the
// route's response schema, it is compiled once at start into a fast-json-stringify serialiser
// (measured here: 0.7 against 1.1-1.3 µs for a todo, 13.6 against 15.5 µs for a page of 20);
// other statuses (problems) keep JSON.stringify.
const successBodySchemas: Record<
  TodoOperationId,
  typeof todoViewSchema | typeof todoPageSchema | undefined
> = {
  createTodo: todoViewSchema,
  getTodo: todoViewSchema,
  updateTodo: todoViewSchema,
  listTodos: todoPageSchema,
  deleteTodo: undefined,
};

const responseSchemaOf = (route: TodoRoute) => {
  const body = successBodySchemas[route.operationId];
  return body === undefined ? {} : { schema: { response: { [route.successStatus]: body } } };
};

const bodyOf = (route: TodoRoute, request: FastifyRequest) =>
  route.acceptsBody
    ? readJsonBody({
        contentType: request.headers['content-type'],
        body: request.body instanceof Uint8Array ? request.body : undefined,
      })
    : ({ ok: true, value: undefined } as const);

/**
 * Registers the contract's todo routes. The token is checked in `onRequest`, before the body is
 * read, so an anonymous request is refused with 401 whatever it carries; the contract then
 * validates the body, calls the use case and shapes the response.
 */
export const registerTodoRoutes = (
  app: FastifyInstance,
  dependencies: { readonly todos: TodoUseCases; readonly verifier: TokenVerifier },
): void => {
  app.decorateRequest('ownerId', '');

  const authenticate = async (request: FastifyRequest, reply: FastifyReply) => {
    // The router lets `/todos/` match `/todos/:id` with an empty id; the contract has no such
    // route, so it is a 404 route.not-found, with or without a token, as in the Lambda app.
    // (The handler copies the params once; this only looks at them.)
    if (hasEmptyParam(request)) return reply.callNotFound();
    const authentication = await dependencies.verifier.authenticate(request.headers.authorization);
    if (!authentication.ok) {
      request.log.debug({ reason: authentication.reason }, 'credentials refused');
      return sendResponse(request, reply, authentication.response);
    }
    request.ownerId = authentication.ownerId;
  };

  for (const route of todoRoutes) {
    app.route({
      method: route.method,
      url: fastifyPath(route.path),
      ...responseSchemaOf(route),
      onRequest: authenticate,
      handler: async (request, reply) => {
        const body = bodyOf(route, request);
        if (!body.ok) return sendResponse(request, reply, body.error);

        const response = await route.handle(
          {
            ownerId: request.ownerId,
            params: paramsOf(request),
            query: stringEntries(request.query),
            headers: headersOf(request.headers),
            body: body.value,
          },
          dependencies.todos,
        );
        return sendResponse(request, reply, response);
      },
    });
  }
};
