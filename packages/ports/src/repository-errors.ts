/**
 * The failures a `TodoRepository` may throw. Adapters translate their vendor's errors into
 * these at the edge (keeping the original as `cause`) and rethrow anything they don't recognise.
 */

/** Codes of the repository errors, stable across releases. */
export type RepositoryErrorCode =
  | 'repository.not-found'
  | 'repository.already-exists'
  | 'repository.version-conflict'
  | 'repository.invalid-cursor'
  | 'repository.corrupt-item'
  | 'repository.store-unavailable';

/** The todo doesn't exist for this owner. */
export class TodoNotFoundError extends Error {
  override readonly name = 'TodoNotFoundError';
  readonly code = 'repository.not-found';

  constructor(
    readonly todoId: string,
    options?: ErrorOptions,
  ) {
    super(`Todo ${todoId} was not found.`, options);
  }
}

/** A todo with this id already exists for this owner. */
export class TodoAlreadyExistsError extends Error {
  override readonly name = 'TodoAlreadyExistsError';
  readonly code = 'repository.already-exists';

  constructor(
    readonly todoId: string,
    options?: ErrorOptions,
  ) {
    super(`Todo ${todoId} already exists.`, options);
  }
}

/** The stored todo is not at the version the caller expected: someone else changed it first. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  readonly code = 'repository.version-conflict';

  constructor(
    readonly todoId: string,
    readonly expectedVersion: number,
    /** The stored version, when the store said which it is. */
    readonly actualVersion: number | null,
    options?: ErrorOptions,
  ) {
    super(
      `Todo ${todoId} is at version ${actualVersion ?? 'unknown'}, not ${expectedVersion}.`,
      options,
    );
  }
}

/** The cursor was not issued by this repository for this owner and filter, or was altered. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  readonly code = 'repository.invalid-cursor';

  constructor(options?: ErrorOptions) {
    super('The cursor is not valid for this list.', options);
  }
}

/** A stored item could not be read back as a todo. `key` names the item, never its contents. */
export class CorruptTodoError extends Error {
  override readonly name = 'CorruptTodoError';
  readonly code = 'repository.corrupt-item';

  constructor(
    readonly key: string,
    readonly field: string,
    options?: ErrorOptions,
  ) {
    super(`Stored item ${key} is not a valid todo (field ${field}).`, options);
  }
}

/** The store could not be reached in time, or refused for load; trying again later may work. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly code = 'repository.store-unavailable';
  readonly retryable = true;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
