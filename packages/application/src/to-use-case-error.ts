import { err, ok, type Result } from '@todo/domain';
import {
  InvalidCursorError,
  StoreUnavailableError,
  TodoNotFoundError,
  VersionConflictError,
  type UseCaseError,
} from '@todo/ports';

/**
 * Turns the repository failures a caller can act on into use-case errors. Everything else is
 * rethrown: `CorruptTodoError` is bad data in the store, `TodoAlreadyExistsError` on create means
 * the id generator repeated itself, and an unknown error is unknown. All are bugs or outages the
 * app answers with a 500, not with a code the client could fix.
 */
export const toUseCaseError = (error: unknown): UseCaseError => {
  if (error instanceof StoreUnavailableError) return { code: 'store.unavailable' };
  if (error instanceof TodoNotFoundError) return { code: 'todo.not-found' };
  if (error instanceof InvalidCursorError) return { code: 'list.cursor-invalid' };
  if (error instanceof VersionConflictError) {
    return {
      code: 'todo.version-mismatch',
      expectedVersion: error.expectedVersion,
      actualVersion: error.actualVersion,
    };
  }
  throw error;
};

/** Runs one repository call, returning the failures {@link toUseCaseError} knows as values. */
export const fromRepository = async <T>(
  call: () => Promise<T>,
): Promise<Result<T, UseCaseError>> => {
  try {
    return ok(await call());
  } catch (error) {
    return err(toUseCaseError(error));
  }
};
