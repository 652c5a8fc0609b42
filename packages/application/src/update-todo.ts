import {
  ok,
  parseDescription,
  parseDueDate,
  parseOwnerId,
  parseTitle,
  parseTodoId,
  type DomainError,
  type Result,
  type TodoUpdate,
} from '@todo/domain';
import type { TodoView, UpdateTodoCommand, UseCaseError } from '@todo/ports';
import { changeTodo } from './change-todo.js';
import { parseClearable, parseOptional } from './parse-optional.js';
import { changeDependenciesOf } from './dependency-defaults.js';
import type { ChangeDependencies } from './todo-service-dependencies.js';

/** The edits and completion a command asks for, parsed; fields left out stay out. */
const parseTodoUpdate = (command: UpdateTodoCommand): Result<TodoUpdate, DomainError> => {
  const title = parseOptional(command.title, parseTitle);
  if (!title.ok) return title;
  const description = parseClearable(command.description, parseDescription);
  if (!description.ok) return description;
  const dueDate = parseClearable(command.dueDate, parseDueDate);
  if (!dueDate.ok) return dueDate;

  // Fields added one by one, not as `...(absent ? {} : { title })`: each such spread copies an
  // object on V8's slow path, on every edit (BENCHMARKS.md).
  const update: Mutable<TodoUpdate> = {};
  if (title.value !== undefined) update.title = title.value;
  if (description.value !== undefined) update.description = description.value;
  if (dueDate.value !== undefined) update.dueDate = dueDate.value;
  if (command.completed !== undefined) update.completed = command.completed;
  return ok(update);
};

type Mutable<T> = { -readonly [Key in keyof T]: T[Key] };

/**
 * Edits and/or completes one of the owner's todos as a single change (edits first, then
 * completion). A command that changes nothing returns the todo as it is, without a write.
 * Throws `RangeError` when built with a `maxConflictRetries` that is not a whole number of 0 or
 * more.
 */
export const updateTodoUseCase = (dependencies: ChangeDependencies) => {
  const deps = changeDependenciesOf(dependencies);
  return async (command: UpdateTodoCommand): Promise<Result<TodoView, UseCaseError>> => {
    const ownerId = parseOwnerId(command.ownerId);
    if (!ownerId.ok) return ownerId;
    const todoId = parseTodoId(command.todoId);
    if (!todoId.ok) return todoId;
    const update = parseTodoUpdate(command);
    if (!update.ok) return update;

    return changeTodo(
      deps,
      { ownerId: ownerId.value, todoId: todoId.value, expectedVersion: command.expectedVersion },
      update.value,
    );
  };
};
