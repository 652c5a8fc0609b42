import type { Description } from './description.js';
import type { DueDate } from './due-date.js';
import { todoEventId } from './events.js';
import type { Instant } from './instant.js';
import type { OwnerId } from './owner-id.js';
import type { Title } from './title.js';
import type { IncompleteTodo } from './todo.js';
import type { TodoChange } from './todo-change.js';
import type { TodoId } from './todo-id.js';

/** What it takes to create a todo: parsed values, plus the id and time supplied by the caller. */
export interface NewTodo {
  readonly id: TodoId;
  readonly ownerId: OwnerId;
  readonly title: Title;
  readonly description?: Description | null;
  readonly dueDate?: DueDate | null;
}

/**
 * Creates a todo. A new todo is always incomplete and at version 1.
 *
 * @example
 * const { todo, events } = createTodo({ id, ownerId, title }, instantFromDate(clock.now()));
 * // todo.status === 'incomplete', events[0].type === 'TodoCreated'
 */
export const createTodo = (input: NewTodo, now: Instant): TodoChange => {
  const todo: IncompleteTodo = Object.freeze({
    id: input.id,
    ownerId: input.ownerId,
    title: input.title,
    description: input.description ?? null,
    dueDate: input.dueDate ?? null,
    status: 'incomplete',
    completedAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  const created = Object.freeze({
    type: 'TodoCreated',
    id: todoEventId(todo.id, 1, 'TodoCreated'),
    todoId: todo.id,
    ownerId: todo.ownerId,
    version: 1,
    occurredAt: now,
  } as const);

  return Object.freeze({ todo, events: Object.freeze([created]) });
};
