import type { Branded } from './brand.js';
import type { DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';
import { codePointLength, hasControlCharacterOtherThanWhitespace } from './text.js';

/**
 * Free text about a todo: trimmed, 1 to 1,000 Unicode code points. Line breaks and tabs are kept;
 * other control characters are refused. A todo without one holds `null`.
 */
export type Description = Branded<string, 'Description'>;

/** The longest description accepted, in Unicode code points. */
export const descriptionMaxLength = 1000;

/**
 * Trims `value` and checks it is a valid {@link Description}. A blank description is an error
 * rather than silently becoming "no description": clearing one is an explicit `null`.
 */
export const parseDescription = (value: string): Result<Description, DomainError> => {
  const description = value.trim();
  const length = codePointLength(description);

  if (length === 0) return err({ code: 'todo.description-empty' });
  if (length > descriptionMaxLength) {
    return err({ code: 'todo.description-too-long', maxLength: descriptionMaxLength, length });
  }
  if (hasControlCharacterOtherThanWhitespace(description)) {
    return err({ code: 'todo.description-control-character' });
  }
  return ok(description as Description);
};
