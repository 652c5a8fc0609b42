import { todoEventId, type TodoDeleted } from './events.js';
import type { Instant } from './instant.js';
import type { Todo } from './todo.js';

/**
 * Describes the deletion of a todo. Any todo may be deleted, complete or not; the event carries the
 * version after the last one the todo had, so its id differs from every earlier event's.
 */
export const deleteTodo = (todo: Todo, now: Instant): TodoDeleted => {
  const version = todo.version + 1;
  return Object.freeze({
    type: 'TodoDeleted',
    id: todoEventId(todo.id, version, 'TodoDeleted'),
    todoId: todo.id,
    ownerId: todo.ownerId,
    version,
    occurredAt: now,
  });
};
