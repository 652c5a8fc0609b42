import { parseIfMatch } from '../entity-tag.js';
import { useCaseProblem } from '../use-case-problem.js';
import { todoIdOf, type TodoRoute } from './todo-route.js';

/** `DELETE /todos/{id}`: 204; 404 if absent; with `If-Match`, 412 when stale. */
export const deleteTodoRoute: TodoRoute<'deleteTodo'> = {
  operationId: 'deleteTodo',
  method: 'DELETE',
  path: '/todos/{id}',
  summary: 'Delete a todo',
  acceptsBody: false,
  successStatus: 204,
  problemCodes: [
    'request.if-match-invalid',
    'todo.not-found',
    'todo.id-invalid',
    'todo.version-mismatch',
    'todo.conflict',
    'store.unavailable',
  ],
  async handle(request, todos) {
    const expectedVersion = parseIfMatch(request.headers['if-match']);
    if (!expectedVersion.ok) return expectedVersion.error;

    const deleted = await todos.deleteTodo({
      ownerId: request.ownerId,
      todoId: todoIdOf(request),
      ...(expectedVersion.value === undefined ? {} : { expectedVersion: expectedVersion.value }),
    });
    if (!deleted.ok) return useCaseProblem(deleted.error);

    return { status: 204, headers: {} };
  },
};
