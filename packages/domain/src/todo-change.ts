import type { Todo } from './todo.js';
import type { TodoEvent } from './events.js';

/**
 * The result of applying a rule to a todo: the todo as it is now and the events that say what
 * happened. No events means nothing changed and there is nothing to save.
 */
export interface TodoChange {
  readonly todo: Todo;
  readonly events: readonly TodoEvent[];
}

/** True when the change altered the todo and must be saved. */
export const isChanged = (change: TodoChange): boolean => change.events.length > 0;
