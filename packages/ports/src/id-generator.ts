import type { TodoId } from '@todo/domain';

/**
 * Makes new todo ids. Ids must be unique and time-ordered (later ids sort after earlier ones as
 * strings), because stores list todos in id order and callers expect creation order.
 *
 * @example
 * import { v7 } from 'uuid';
 * const ids: IdGenerator = { next: () => v7() as TodoId };
 */
export interface IdGenerator {
  next(): TodoId;
}
