import { useCaseProblem } from '../use-case-problem.js';
import { todoIdOf, todoResponse, type TodoRoute } from './todo-route.js';

/** `GET /todos/{id}`: the todo with its `ETag`; 404 for a missing or someone else's todo. */
export const getTodoRoute: TodoRoute<'getTodo'> = {
  operationId: 'getTodo',
  method: 'GET',
  path: '/todos/{id}',
  summary: 'Get a todo',
  acceptsBody: false,
  successStatus: 200,
  problemCodes: ['todo.not-found', 'todo.id-invalid', 'store.unavailable'],
  async handle(request, todos) {
    const todo = await todos.getTodo({ ownerId: request.ownerId, todoId: todoIdOf(request) });
    if (!todo.ok) return useCaseProblem(todo.error);

    return todoResponse(200, todo.value);
  },
};
