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

    // Fields named one by one: `{ ...body.value, ownerId }` (a spread, then new keys) is V8's
    // slow path, 1.3 µs a request (BENCHMARKS.md), and this way the owner can only come
    // from the token.
    const { title, description, dueDate, completed } = body.value;
    const updated = await todos.updateTodo({
      ownerId: request.ownerId,
      todoId: todoIdOf(request),
      title,
      description,
      dueDate,
      completed,
      expectedVersion: expectedVersion.value,
    });
    if (!updated.ok) return useCaseProblem(updated.error);

    return todoResponse(200, updated.value);
  },
};
