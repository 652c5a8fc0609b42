import type { Result } from '@todo/domain';
import type { TodoStatusFilter } from './todo-repository.js';
import type { TodoPageView, TodoView } from './todo-view.js';
import type { UseCaseError } from './use-case-errors.js';

/**
 * Who is asking. Apps take it from a verified credential (the token's subject), never from a
 * request body.
 */
export interface OwnerScoped {
  readonly ownerId: string;
}

/**
 * Creates a todo. Fields are raw input; the use case parses them. In every command and query, an
 * optional field set to `undefined` means the same as one left out, so a caller can pass the
 * fields it read without copying around the absent ones.
 *
 * With `idempotencyKey`, the command may be repeated, in sequence or in parallel: the owner gets
 * one todo, and every repetition gets the same answer while the key lives. The same key with a
 * different title, description or due date is refused with `idempotency.key-reused`.
 */
export interface CreateTodoCommand extends OwnerScoped {
  readonly title: string;
  readonly description?: string | null | undefined;
  readonly dueDate?: string | null | undefined;
  /** 1-128 visible ASCII characters (`idempotencyKeyPattern`), chosen by the client. */
  readonly idempotencyKey?: string | undefined;
}

export interface GetTodoQuery extends OwnerScoped {
  readonly todoId: string;
}

/** Lists the owner's todos, oldest first. `limit` defaults to {@link listLimits}`.default`. */
export interface ListTodosQuery extends OwnerScoped {
  readonly limit?: number | undefined;
  readonly cursor?: string | undefined;
  readonly status?: TodoStatusFilter | undefined;
}

/**
 * Edits and/or completes a todo in one change: edits are applied first, then completion. `null`
 * clears description or due date. With `expectedVersion`, a todo that has moved on is refused with
 * `todo.version-mismatch` instead of being retried.
 */
export interface UpdateTodoCommand extends OwnerScoped {
  readonly todoId: string;
  readonly title?: string | undefined;
  readonly description?: string | null | undefined;
  readonly dueDate?: string | null | undefined;
  readonly completed?: boolean | undefined;
  readonly expectedVersion?: number | undefined;
}

export interface CompleteTodoCommand extends OwnerScoped {
  readonly todoId: string;
  readonly expectedVersion?: number;
}

export interface DeleteTodoCommand extends OwnerScoped {
  readonly todoId: string;
  readonly expectedVersion?: number;
}

/** Page sizes a list accepts. */
export const listLimits = { min: 1, max: 100, default: 20 } as const;

/**
 * What the service offers, whoever drives it (an HTTP app, a queue consumer, a test). Expected
 * failures come back as `{ ok: false, error }` with a {@link UseCaseError}; a thrown error is a bug
 * or an unrecognised failure of the infrastructure.
 *
 * @example
 * const created = await todos.createTodo({ ownerId: 'user-1', title: 'Buy milk' });
 * if (!created.ok) return problem(created.error.code);
 * const done = await todos.completeTodo({ ownerId: 'user-1', todoId: created.value.id });
 */
export interface TodoUseCases {
  createTodo(command: CreateTodoCommand): Promise<Result<TodoView, UseCaseError>>;
  getTodo(query: GetTodoQuery): Promise<Result<TodoView, UseCaseError>>;
  listTodos(query: ListTodosQuery): Promise<Result<TodoPageView, UseCaseError>>;
  updateTodo(command: UpdateTodoCommand): Promise<Result<TodoView, UseCaseError>>;
  completeTodo(command: CompleteTodoCommand): Promise<Result<TodoView, UseCaseError>>;
  deleteTodo(command: DeleteTodoCommand): Promise<Result<void, UseCaseError>>;
}
