import { invalidRequest } from '../problem-response.js';
import { validateCreateTodoBody } from '../validators/request-validators.js';
import { useCaseProblem } from '../use-case-problem.js';
import { todoResponse, type TodoRoute } from './todo-route.js';

/**
 * `POST /todos`: 201 with `Location` and `ETag`. With an `Idempotency-Key` header, a repeated
 * request (same key, same body) creates nothing more and gets the first answer again, identical
 * in status, body, `Location` and `ETag`.
 */
export const createTodoRoute: TodoRoute<'createTodo'> = {
  operationId: 'createTodo',
  method: 'POST',
  path: '/todos',
  summary: 'Create a todo',
  acceptsBody: true,
  successStatus: 201,
  problemCodes: [
    'request.invalid',
    'request.malformed-json',
    'request.body-too-large',
    'request.unsupported-media-type',
    'todo.title-empty',
    'todo.title-too-long',
    'todo.title-control-character',
    'todo.description-empty',
    'todo.description-too-long',
    'todo.description-control-character',
    'todo.due-date-invalid',
    'idempotency.key-invalid',
    'idempotency.key-reused',
    'todo.conflict',
    'store.unavailable',
  ],
  async handle(request, todos) {
    const body = validateCreateTodoBody(request.body);
    if (!body.ok) return invalidRequest(body.error);

    // Fields named one by one, as in update-todo-route.ts: faster than a spread followed by new
    // keys, and the owner can only come from the token.
    const { title, description, dueDate } = body.value;
    const created = await todos.createTodo({
      ownerId: request.ownerId,
      title,
      description,
      dueDate,
      idempotencyKey: request.headers['idempotency-key'],
    });
    if (!created.ok) return useCaseProblem(created.error);

    const location = `/todos/${encodeURIComponent(created.value.id)}`;
    return todoResponse(201, created.value, location);
  },
};
