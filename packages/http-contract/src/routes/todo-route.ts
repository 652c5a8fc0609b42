import type { TodoUseCases, TodoView } from '@todo/ports';
import type { ProblemCode } from '../error-table.js';
import { entityTag } from '../entity-tag.js';
import { jsonContentType, type HttpRequest, type HttpResponse } from '../http-exchange.js';

/** The operations of the todo API, named as in the OpenAPI document. */
export type TodoOperationId = 'createTodo' | 'listTodos' | 'getTodo' | 'updateTodo' | 'deleteTodo';

/**
 * One route of the todo API: where it is, what it may answer, and the pure function that answers
 * it. Every route needs a verified owner; apps check the token before calling `handle`.
 *
 * `UseCase` names the use cases `handle` calls, so a server that answers one route (a Lambda
 * function) needs to wire only those; `TodoRoute` alone is any route.
 */
export interface TodoRoute<UseCase extends keyof TodoUseCases = keyof TodoUseCases> {
  readonly operationId: TodoOperationId;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The path template in OpenAPI form, `/todos/{id}`, as API Gateway also writes it. */
  readonly path: string;
  readonly summary: string;
  /** Whether the route reads a JSON body (parse it with `readJsonBody` first). */
  readonly acceptsBody: boolean;
  readonly successStatus: number;
  /** The error codes this route can answer with, besides credentials and server faults. */
  readonly problemCodes: readonly ProblemCode[];
  /**
   * Validates the request, calls the use case and maps its result to a response. Throws only
   * what the use case throws (a bug or an unrecognised infrastructure failure): answer that with
   * `unexpectedErrorResponse`.
   */
  handle(request: HttpRequest, todos: Pick<TodoUseCases, UseCase>): Promise<HttpResponse>;
}

/** A todo view with its `ETag`, and a `Location` when it was just created. */
export const todoResponse = (status: number, todo: TodoView, location?: string): HttpResponse => {
  const etag = entityTag(todo.version);
  // Two literals rather than one with `...extraHeaders`: every get and edit answers through
  // here, and a spread copies on V8's slow path.
  const headers =
    location === undefined
      ? { 'content-type': jsonContentType, etag }
      : { 'content-type': jsonContentType, etag, location };
  return { status, headers, body: todo };
};

/** The todo id from the path; a missing one is empty, which the use case refuses as invalid. */
export const todoIdOf = (request: HttpRequest): string => request.params['id'] ?? '';
