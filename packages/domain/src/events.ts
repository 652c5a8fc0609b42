import type { EditableField } from './todo.js';
import type { Instant } from './instant.js';
import type { OwnerId } from './owner-id.js';
import type { TodoId } from './todo-id.js';

interface TodoEventFields {
  /**
   * Stable across retries: derived from the todo id, the version the change produced and the
   * event type, so a consumer that sees the same id twice can drop the second one.
   */
  readonly id: string;
  readonly todoId: TodoId;
  readonly ownerId: OwnerId;
  /** The todo's version after the change. */
  readonly version: number;
  readonly occurredAt: Instant;
}

/** A todo was created (always at version 1). */
export interface TodoCreated extends TodoEventFields {
  readonly type: 'TodoCreated';
}

/** Some of a todo's editable fields changed; only their names are carried, not their values. */
export interface TodoEdited extends TodoEventFields {
  readonly type: 'TodoEdited';
  readonly changedFields: readonly EditableField[];
}

/** A todo was completed. `occurredAt` equals its `completedAt`. */
export interface TodoCompleted extends TodoEventFields {
  readonly type: 'TodoCompleted';
}

/** A todo was deleted. `version` is one past the last version it had. */
export interface TodoDeleted extends TodoEventFields {
  readonly type: 'TodoDeleted';
}

/** Everything that can happen to a todo. */
export type TodoEvent = TodoCreated | TodoEdited | TodoCompleted | TodoDeleted;

/** Builds the id of an event from the todo id, the version and the event type. */
export const todoEventId = (todoId: TodoId, version: number, type: TodoEvent['type']): string =>
  `${todoId}:${version}:${type}`;
