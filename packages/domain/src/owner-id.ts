import type { Branded } from './brand.js';
import type { DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';
import { codePointLength } from './text.js';

/**
 * Identifies the owner of a todo, usually the `sub` claim of a verified token. It is kept exactly as
 * given: never trimmed or case-folded, because identity providers treat `Alice` and `alice` as two
 * people.
 */
export type OwnerId = Branded<string, 'OwnerId'>;

/** The longest owner id accepted, in Unicode code points. */
export const ownerIdMaxLength = 128;

/** Checks that `value` is 1 to {@link ownerIdMaxLength} characters long. */
export const parseOwnerId = (value: string): Result<OwnerId, DomainError> => {
  if (value.length === 0) return err({ code: 'todo.owner-id-invalid', reason: 'empty' });
  if (codePointLength(value) > ownerIdMaxLength) {
    return err({ code: 'todo.owner-id-invalid', reason: 'too-long' });
  }
  return ok(value as OwnerId);
};
