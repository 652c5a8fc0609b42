import type { Description } from './description.js';
import type { DueDate } from './due-date.js';
import type { Instant } from './instant.js';
import type { OwnerId } from './owner-id.js';
import type { Title } from './title.js';
import type { TodoId } from './todo-id.js';

/** What every todo holds, complete or not. */
interface TodoFields {
  readonly id: TodoId;
  readonly ownerId: OwnerId;
  readonly title: Title;
  readonly description: Description | null;
  readonly dueDate: DueDate | null;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
  /** 1 on creation; every change adds exactly 1. Stores use it for optimistic concurrency. */
  readonly version: number;
}

/** A todo that can still be edited and completed. */
export interface IncompleteTodo extends TodoFields {
  readonly status: 'incomplete';
  readonly completedAt: null;
}

/** A completed todo: it can no longer be edited, and there is no way back to incomplete. */
export interface CompleteTodo extends TodoFields {
  readonly status: 'complete';
  readonly completedAt: Instant;
}

/**
 * A todo is either incomplete or complete; `status` tells which. Values are frozen and change only
 * through the domain's functions ({@link createTodo}, {@link updateTodo}, {@link completeTodo}),
 * which return a new todo together with the events that describe the change.
 */
export type Todo = IncompleteTodo | CompleteTodo;

/** The fields an owner can edit while a todo is incomplete. */
export type EditableField = 'title' | 'description' | 'dueDate';
