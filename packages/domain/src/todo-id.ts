import type { Branded } from './brand.js';
import type { DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * Identifies a todo. Ids come from the id generator port (time-ordered, so they sort in creation
 * order) and are safe to place in a URL path or a storage key: 1-64 characters of `A-Z a-z 0-9 _ -`.
 */
export type TodoId = Branded<string, 'TodoId'>;

const todoIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Checks that `value` is a well-formed {@link TodoId}. */
export const parseTodoId = (value: string): Result<TodoId, DomainError> =>
  todoIdPattern.test(value) ? ok(value as TodoId) : err({ code: 'todo.id-invalid' });
