import type { Branded } from './brand.js';
import type { DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';
import { codePointLength, hasControlCharacter } from './text.js';

/** The short name of a todo: trimmed, 1 to 50 Unicode code points, no control characters. */
export type Title = Branded<string, 'Title'>;

/** The longest title accepted, in Unicode code points. */
export const titleMaxLength = 50;

/**
 * Trims `value` and checks it is a valid {@link Title}. Lengths count code points, so a combining
 * mark or a zero-width joiner counts as one character, like any other code point.
 *
 * @example
 * parseTitle('  Buy milk ') // { ok: true, value: 'Buy milk' }
 * parseTitle('   ')         // { ok: false, error: { code: 'todo.title-empty' } }
 */
export const parseTitle = (value: string): Result<Title, DomainError> => {
  const title = value.trim();
  const length = codePointLength(title);

  if (length === 0) return err({ code: 'todo.title-empty' });
  if (length > titleMaxLength) {
    return err({ code: 'todo.title-too-long', maxLength: titleMaxLength, length });
  }
  if (hasControlCharacter(title)) return err({ code: 'todo.title-control-character' });
  return ok(title as Title);
};
