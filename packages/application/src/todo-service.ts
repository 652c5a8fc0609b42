import type { TodoUseCases } from '@todo/ports';
import { completeTodoUseCase } from './complete-todo.js';
import { createTodoUseCase } from './create-todo.js';
import { deleteTodoUseCase } from './delete-todo.js';
import { getTodoUseCase } from './get-todo.js';
import { listTodosUseCase } from './list-todos.js';
import type { TodoServiceDependencies } from './todo-service-dependencies.js';
import { updateTodoUseCase } from './update-todo.js';

/**
 * Builds the use cases over the given ports. Each one parses its raw input with the domain's
 * parse functions (the owner id first), returns expected failures as values, and throws only for
 * bugs and failures it does not recognise. Events are published after the write succeeded, in
 * the order the domain produced them.
 *
 * Known shortcoming: the write and the publish are two steps without an outbox. If the process
 * dies between them, or `events.publish` throws, the change is stored but its events are lost (a
 * throw from `publish` propagates to the caller). A retried request may publish again, so
 * consumers must also drop duplicates by event id.
 *
 * Throws `RangeError` at build time for a `maxConflictRetries` that is not a whole number of 0 or
 * more, or an `idempotencyTtlSeconds` that is not a whole number of 1 or more: those are wiring
 * mistakes, found at start rather than on the first conflict or the first key.
 *
 * Creates with an idempotency key need `idempotency`, a store for the keys; see
 * `create-todo-idempotently.ts` for how a key makes a create happen once.
 *
 * A server that answers a single use case (a Lambda function per route) builds just that one
 * with `getTodoUseCase`, `createTodoUseCase`, ... from the ports it needs, so its bundle carries
 * nothing of the others.
 *
 * @example
 * const todos = createTodoService({
 *   repository: new InMemoryTodoRepository(),
 *   events: new InMemoryEventPublisher(),
 *   clock: { now: () => new Date() },
 *   ids: { next: () => newTodoId() },
 *   idempotency: new InMemoryIdempotencyStore(),
 * });
 * const created = await todos.createTodo({ ownerId: 'user-1', title: 'Buy milk' });
 */
export function createTodoService(dependencies: TodoServiceDependencies): TodoUseCases {
  return {
    createTodo: createTodoUseCase(dependencies),
    getTodo: getTodoUseCase(dependencies),
    listTodos: listTodosUseCase(dependencies),
    updateTodo: updateTodoUseCase(dependencies),
    completeTodo: completeTodoUseCase(dependencies),
    deleteTodo: deleteTodoUseCase(dependencies),
  };
}
