import { err, ok, parseOwnerId, parseTodoId, type Result } from '@todo/domain';
import type { GetTodoQuery, TodoView, UseCaseError } from '@todo/ports';
import { toTodoView } from './to-todo-view.js';
import { fromRepository } from './to-use-case-error.js';
import type { GetDependencies } from './todo-service-dependencies.js';

/**
 * Reads one of the owner's todos: one repository request. Another owner's todo is `todo.not-found`,
 * never "forbidden", so ids reveal nothing about who else exists.
 *
 * Built on its own, it needs only the repository (`createTodoService` builds every use case):
 *
 * @example
 * const getTodo = getTodoUseCase({ repository: new InMemoryTodoRepository() });
 * const found = await getTodo({ ownerId: 'user-1', todoId: 'todo-1' });
 */
export const getTodoUseCase =
  ({ repository }: GetDependencies) =>
  async (query: GetTodoQuery): Promise<Result<TodoView, UseCaseError>> => {
    const ownerId = parseOwnerId(query.ownerId);
    if (!ownerId.ok) return ownerId;
    const todoId = parseTodoId(query.todoId);
    if (!todoId.ok) return todoId;

    const todo = await fromRepository(() => repository.get(ownerId.value, todoId.value));
    if (!todo.ok) return todo;
    return todo.value ? ok(toTodoView(todo.value)) : err({ code: 'todo.not-found' });
  };
