import { parseTodoId } from '@todo/domain';
import type { IdGenerator } from '../id-generator.js';

/**
 * An {@link IdGenerator} for tests: `<prefix>-0000000001`, `<prefix>-0000000002`, ... The counter
 * is zero-padded so later ids also sort after earlier ones as strings, as the port requires.
 * Throws when `prefix` would make an invalid todo id (it must be `A-Z a-z 0-9 _ -`, at most 53
 * characters), because that is a mistake in the test, not an expected failure.
 *
 * @example
 * const ids = sequentialIds('todo');
 * ids.next(); // 'todo-0000000001'
 */
export const sequentialIds = (prefix = 'todo'): IdGenerator => {
  let counter = 0;
  return {
    next() {
      counter += 1;
      const id = parseTodoId(`${prefix}-${String(counter).padStart(10, '0')}`);
      if (!id.ok) throw new RangeError(`sequentialIds: "${prefix}" cannot start a todo id.`);
      return id.value;
    },
  };
};
