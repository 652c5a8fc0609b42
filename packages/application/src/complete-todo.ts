import { parseOwnerId, parseTodoId, type Result } from '@todo/domain';
import type { CompleteTodoCommand, TodoView, UseCaseError } from '@todo/ports';
import { changeTodo } from './change-todo.js';
import { changeDependenciesOf } from './dependency-defaults.js';
import type { ChangeDependencies } from './todo-service-dependencies.js';

/**
 * Completes one of the owner's todos. Completing a complete todo changes nothing and answers with
 * the todo as it is, so a retried request is harmless. Throws `RangeError` when built with a
 * `maxConflictRetries` that is not a whole number of 0 or more.
 */
export const completeTodoUseCase = (dependencies: ChangeDependencies) => {
  const deps = changeDependenciesOf(dependencies);
  return async (command: CompleteTodoCommand): Promise<Result<TodoView, UseCaseError>> => {
    const ownerId = parseOwnerId(command.ownerId);
    if (!ownerId.ok) return ownerId;
    const todoId = parseTodoId(command.todoId);
    if (!todoId.ok) return todoId;

    return changeTodo(
      deps,
      { ownerId: ownerId.value, todoId: todoId.value, expectedVersion: command.expectedVersion },
      { completed: true },
    );
  };
};
