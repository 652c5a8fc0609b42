import {
  deleteTodo,
  instantFromDate,
  ok,
  parseOwnerId,
  parseTodoId,
  type Result,
} from '@todo/domain';
import type { DeleteTodoCommand, UseCaseError } from '@todo/ports';
import { fromRepository } from './to-use-case-error.js';
import type { DeleteDependencies } from './todo-service-dependencies.js';

/**
 * Deletes one of the owner's todos with one conditional repository request (no read first), then
 * publishes `TodoDeleted` built from the todo the store removed.
 */
export const deleteTodoUseCase =
  ({ repository, events, clock }: DeleteDependencies) =>
  async (command: DeleteTodoCommand): Promise<Result<void, UseCaseError>> => {
    const ownerId = parseOwnerId(command.ownerId);
    if (!ownerId.ok) return ownerId;
    const todoId = parseTodoId(command.todoId);
    if (!todoId.ok) return todoId;
    const { expectedVersion } = command;

    const removed = await fromRepository(() =>
      repository.delete(
        ownerId.value,
        todoId.value,
        expectedVersion === undefined ? {} : { expectedVersion },
      ),
    );
    if (!removed.ok) return removed;

    await events.publish([deleteTodo(removed.value, instantFromDate(clock.now()))]);
    return ok(undefined);
  };
