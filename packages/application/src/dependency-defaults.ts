import type {
  ChangeDependencies,
  ResolvedChangeDependencies,
  TodoServiceDependencies,
} from './todo-service-dependencies.js';

const defaultMaxConflictRetries = 3;
const defaultIdempotencyTtlSeconds = 24 * 60 * 60;

/**
 * `maxConflictRetries`, or its default. Throws `RangeError` for a value that is not a whole number
 * of 0 or more: a wiring mistake, found when the use case is built rather than on the first
 * conflict.
 */
export const maxConflictRetriesOf = (
  dependencies: Pick<TodoServiceDependencies, 'maxConflictRetries'>,
): number => {
  const retries = dependencies.maxConflictRetries ?? defaultMaxConflictRetries;
  if (!Number.isSafeInteger(retries) || retries < 0) {
    throw new RangeError(`maxConflictRetries must be a whole number of 0 or more, not ${retries}`);
  }
  return retries;
};

/**
 * `idempotencyTtlSeconds`, or its default. Throws `RangeError` for a value that is not a whole
 * number of 1 or more, when the use case is built rather than on the first key.
 */
export const idempotencyTtlSecondsOf = (
  dependencies: Pick<TodoServiceDependencies, 'idempotencyTtlSeconds'>,
): number => {
  const seconds = dependencies.idempotencyTtlSeconds ?? defaultIdempotencyTtlSeconds;
  if (!Number.isSafeInteger(seconds) || seconds < 1) {
    throw new RangeError(
      `idempotencyTtlSeconds must be a whole number of 1 or more, not ${seconds}`,
    );
  }
  return seconds;
};

/** What an update or a completion runs on: its ports, with the retry count resolved. */
export const changeDependenciesOf = (
  dependencies: ChangeDependencies,
): ResolvedChangeDependencies => ({
  repository: dependencies.repository,
  events: dependencies.events,
  clock: dependencies.clock,
  maxConflictRetries: maxConflictRetriesOf(dependencies),
});
