import type { OwnerId, Todo, TodoId } from '@todo/domain';

/** Which todos a list returns: `open` (incomplete) or `completed`. Absent means all. */
export type TodoStatusFilter = 'open' | 'completed';

/** One page request. Pages are addressed by an opaque cursor, never by offset. */
export interface ListTodosOptions {
  /** At most this many todos, 1 or more. */
  readonly limit: number;
  /** The `nextCursor` of the previous page, exactly as it was returned. */
  readonly cursor?: string;
  readonly status?: TodoStatusFilter;
}

/** A page of todos in creation order, oldest first. */
export interface TodoPage {
  readonly items: readonly Todo[];
  /** Where the next page starts; `null` exactly when there are no more todos to list. */
  readonly nextCursor: string | null;
}

/**
 * Where todos are kept. Every method is scoped to one owner: no call can reach another owner's
 * todos, and a cursor from one owner's list is refused in another's.
 *
 * Invariants that span requests are enforced by the store with conditional writes, not by reading
 * first: `create` fails if the id exists, `save` and `delete` fail if the version moved on.
 *
 * Failures are thrown as the errors in `repository-errors.ts`: `TodoAlreadyExistsError`,
 * `TodoNotFoundError`, `VersionConflictError`, `InvalidCursorError`,
 * `CorruptTodoError` and `StoreUnavailableError` (retryable). Anything else is a bug or
 * an unrecognised vendor error and is rethrown as it is.
 *
 * @example
 * const todo = await repository.get(ownerId, todoId);
 * if (todo) {
 *   const change = completeTodo(todo, now);
 *   await repository.save(change.todo, todo.version); // throws VersionConflictError if stale
 * }
 */
export interface TodoRepository {
  /** The todo, or `null` when it doesn't exist or belongs to another owner. */
  get(ownerId: OwnerId, id: TodoId): Promise<Todo | null>;

  /** One page of the owner's todos, oldest first. Throws `InvalidCursorError` for a bad cursor. */
  list(ownerId: OwnerId, options: ListTodosOptions): Promise<TodoPage>;

  /** Stores a new todo. Throws `TodoAlreadyExistsError` if its id is taken. */
  create(todo: Todo): Promise<void>;

  /**
   * Replaces a todo, only if the stored one is still at `expectedVersion`. Throws
   * `TodoNotFoundError` or `VersionConflictError`.
   */
  save(todo: Todo, expectedVersion: number): Promise<void>;

  /**
   * Removes a todo and returns it as it was, if it exists and (when given) is still at
   * `expectedVersion`. Throws `TodoNotFoundError` or `VersionConflictError`.
   */
  delete(
    ownerId: OwnerId,
    id: TodoId,
    options?: { readonly expectedVersion?: number },
  ): Promise<Todo>;
}
