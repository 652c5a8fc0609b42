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

  return ok({
    ...(title.value === undefined ? {} : { title: title.value }),
    ...(description.value === undefined ? {} : { description: description.value }),
    ...(dueDate.value === undefined ? {} : { dueDate: dueDate.value }),
    ...(command.completed === undefined ? {} : { completed: command.completed }),
  });
};

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
