import { parseDescription } from './description.js';
import { parseDueDate } from './due-date.js';
import type { DomainError } from './errors.js';
import { parseInstant } from './instant.js';
import { parseOwnerId } from './owner-id.js';
import { err, ok, type Result } from './result.js';
import { parseTitle } from './title.js';
import type { Todo } from './todo.js';
import { parseTodoId } from './todo-id.js';

/**
 * A todo as plain data, the shape stores write and read. `completedAt` tells the status: a todo
 * with a completion time is complete.
 */
export interface TodoSnapshot {
  readonly id: string;
  readonly ownerId: string;
  readonly title: string;
  readonly description: string | null;
  readonly dueDate: string | null;
  readonly completedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** Turns a todo into plain data for a store. */
export const toTodoSnapshot = (todo: Todo): TodoSnapshot => ({
  id: todo.id,
  ownerId: todo.ownerId,
  title: todo.title,
  description: todo.description,
  dueDate: todo.dueDate,
  completedAt: todo.completedAt,
  createdAt: todo.createdAt,
  updatedAt: todo.updatedAt,
  version: todo.version,
});

const invalid = (field: keyof TodoSnapshot) =>
  err({ code: 'todo.snapshot-invalid', field } as const);

/**
 * Rebuilds a todo from plain data read back from a store, checking every field as if it came from
 * a client: a store is outside the domain and its data may be old or corrupt. The error names the
 * first field that fails.
 */
export const parseTodo = (snapshot: TodoSnapshot): Result<Todo, DomainError> => {
  const id = parseTodoId(snapshot.id);
  if (!id.ok) return invalid('id');
  const ownerId = parseOwnerId(snapshot.ownerId);
  if (!ownerId.ok) return invalid('ownerId');
  const title = parseTitle(snapshot.title);
  if (!title.ok || title.value !== snapshot.title) return invalid('title');
  const description = snapshot.description === null ? null : parseDescription(snapshot.description);
  if (description && (!description.ok || description.value !== snapshot.description)) {
    return invalid('description');
  }
  const dueDate = snapshot.dueDate === null ? null : parseDueDate(snapshot.dueDate);
  if (dueDate && !dueDate.ok) return invalid('dueDate');
  const createdAt = parseInstant(snapshot.createdAt);
  if (!createdAt.ok) return invalid('createdAt');
  const updatedAt = parseInstant(snapshot.updatedAt);
  if (!updatedAt.ok || updatedAt.value < createdAt.value) return invalid('updatedAt');
  const completedAt = snapshot.completedAt === null ? null : parseInstant(snapshot.completedAt);
  if (completedAt && (!completedAt.ok || completedAt.value !== updatedAt.value)) {
    // Completion is the last change a todo can take, so it happened at its last update.
    return invalid('completedAt');
  }
  if (!Number.isSafeInteger(snapshot.version) || snapshot.version < 1) return invalid('version');

  const fields = {
    id: id.value,
    ownerId: ownerId.value,
    title: title.value,
    description: description?.ok ? description.value : null,
    dueDate: dueDate?.ok ? dueDate.value : null,
    createdAt: createdAt.value,
    updatedAt: updatedAt.value,
    version: snapshot.version,
  };
  // The added keys come before the spread: V8 copies `{ ...fields, status }` on a slow path that
  // took 4-5 µs per todo (BENCHMARKS.md), and every read from a store comes through here.
  return ok(
    Object.freeze(
      completedAt?.ok
        ? { status: 'complete', completedAt: completedAt.value, ...fields }
        : { status: 'incomplete', completedAt: null, ...fields },
    ),
  );
};
