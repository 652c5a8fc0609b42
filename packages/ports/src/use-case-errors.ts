import { domainErrorCodes, type DomainError } from '@todo/domain';

/**
 * Every expected failure a use case returns: the domain's refusals, plus what only shows up when a
 * store is involved. Keyed on a stable dotted `code`; apps map each code to a response.
 */
export type UseCaseError =
  | DomainError
  /** No such todo for this owner (another owner's todo is reported the same way). */
  | { readonly code: 'todo.not-found' }
  /** The caller named a version and the todo has moved on. */
  | {
      readonly code: 'todo.version-mismatch';
      readonly expectedVersion: number;
      readonly actualVersion: number | null;
    }
  /** The version kept changing under the use case's retries. */
  | { readonly code: 'todo.conflict' }
  | { readonly code: 'list.cursor-invalid' }
  | { readonly code: 'list.limit-invalid'; readonly min: number; readonly max: number }
  /** The idempotency key does not match `idempotencyKeyPattern`. */
  | { readonly code: 'idempotency.key-invalid' }
  /** The owner used this idempotency key before, for a create with a different request. */
  | { readonly code: 'idempotency.key-reused' }
  /** The store is down or overloaded; worth retrying after a pause. */
  | { readonly code: 'store.unavailable' };

/** The `code` of every {@link UseCaseError}. */
export type UseCaseErrorCode = UseCaseError['code'];

/** Every {@link UseCaseErrorCode}, for tables (such as HTTP status) that must cover them all. */
export const useCaseErrorCodes = [
  ...domainErrorCodes,
  'todo.not-found',
  'todo.version-mismatch',
  'todo.conflict',
  'list.cursor-invalid',
  'list.limit-invalid',
  'idempotency.key-invalid',
  'idempotency.key-reused',
  'store.unavailable',
] as const satisfies readonly UseCaseErrorCode[];
