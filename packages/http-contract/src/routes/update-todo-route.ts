import { parseIfMatch } from '../entity-tag.js';
import { invalidRequest } from '../problem-response.js';
import { validateUpdateTodoBody } from '../validators/request-validators.js';
import { useCaseProblem } from '../use-case-problem.js';
import { todoIdOf, todoResponse, type TodoRoute } from './todo-route.js';

/**
 * `PATCH /todos/{id}`: edits and/or completes a todo in one change. `null` clears description or
 * due date; `completed: true` completes. With `If-Match`, a stale version is answered 412.
 */
export const updateTodoRoute: TodoRoute<'updateTodo'> = {
  operationId: 'updateTodo',
  method: 'PATCH',
  path: '/todos/{id}',
  summary: 'Edit or complete a todo',
  acceptsBody: true,
  successStatus: 200,
  problemCodes: [
    'request.invalid',
    'request.malformed-json',
    'request.body-too-large',
    'request.unsupported-media-type',
    'request.if-match-invalid',
    'todo.not-found',
    'todo.id-invalid',
    'todo.title-empty',
    'todo.title-too-long',
    'todo.title-control-character',
    'todo.description-empty',
    'todo.description-too-long',
    'todo.description-control-character',
    'todo.due-date-invalid',
    'todo.completed-not-editable',
    'todo.cannot-uncomplete',
    'todo.version-mismatch',
    'todo.conflict',
    'store.unavailable',
  ],
  async handle(request, todos) {
    const expectedVersion = parseIfMatch(request.headers['if-match']);
    if (!expectedVersion.ok) return expectedVersion.error;
    const body = validateUpdateTodoBody(request.body);
    if (!body.ok) return invalidRequest(body.error);

    const updated = await todos.updateTodo({
      ...body.value,
      ownerId: request.ownerId,
      todoId: todoIdOf(request),
      ...(expectedVersion.value === undefined ? {} : { expectedVersion: expectedVersion.value }),
    });
    if (!updated.ok) return useCaseProblem(updated.error);

    return todoResponse(200, updated.value);
  },
};
