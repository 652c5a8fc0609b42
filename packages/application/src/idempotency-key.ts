import { err, ok, type Result } from '@todo/domain';
import { idempotencyKeyPattern, type UseCaseError } from '@todo/ports';

const keyPattern = new RegExp(idempotencyKeyPattern);

/** Checks a client's idempotency key against `idempotencyKeyPattern`. */
export const parseIdempotencyKey = (value: string): Result<string, UseCaseError> =>
  keyPattern.test(value) ? ok(value) : err({ code: 'idempotency.key-invalid' });
