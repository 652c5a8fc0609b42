import {
  createTodo,
  instantFromDate,
  ok,
  parseDescription,
  parseDueDate,
  parseOwnerId,
  parseTitle,
  type Result,
} from '@todo/domain';
import type { CreateTodoCommand, TodoView, UseCaseError } from '@todo/ports';
import { createTodoIdempotently } from './create-todo-idempotently.js';
import { parseIdempotencyKey } from './idempotency-key.js';
import { parseClearable } from './parse-optional.js';
import { toTodoView } from './to-todo-view.js';
import { fromRepository } from './to-use-case-error.js';
import { idempotencyTtlSecondsOf } from './dependency-defaults.js';
import type { CreateDependencies } from './todo-service-dependencies.js';

/**
 * Creates a todo for its owner: one repository request, then the `TodoCreated` event. With an
 * idempotency key, see {@link createTodoIdempotently}: three requests instead of one.
 * Throws `RangeError` when built with an `idempotencyTtlSeconds` that is not a whole number of 1
 * or more.
 */
export const createTodoUseCase = (dependencies: CreateDependencies) => {
  const deps = {
    ...dependencies,
    idempotencyTtlSeconds: idempotencyTtlSecondsOf(dependencies),
  };
  return async (command: CreateTodoCommand): Promise<Result<TodoView, UseCaseError>> => {
    const ownerId = parseOwnerId(command.ownerId);
    if (!ownerId.ok) return ownerId;
    const key =
      command.idempotencyKey === undefined
        ? ok(undefined)
        : parseIdempotencyKey(command.idempotencyKey);
    if (!key.ok) return key;
    const title = parseTitle(command.title);
    if (!title.ok) return title;
    const description = parseClearable(command.description, parseDescription);
    if (!description.ok) return description;
    const dueDate = parseClearable(command.dueDate, parseDueDate);
    if (!dueDate.ok) return dueDate;

    const request = {
      title: title.value,
      description: description.value ?? null,
      dueDate: dueDate.value ?? null,
    };
    if (key.value !== undefined) {
      return createTodoIdempotently(deps, { ownerId: ownerId.value, key: key.value }, request);
    }

    const { repository, events, clock, ids } = deps;
    const change = createTodo(
      {
        id: ids.next(),
        ownerId: ownerId.value,
        title: request.title,
        description: request.description,
        dueDate: request.dueDate,
      },
      instantFromDate(clock.now()),
    );
    const created = await fromRepository(() => repository.create(change.todo));
    if (!created.ok) return created;

    await events.publish(change.events);
    return ok(toTodoView(change.todo));
  };
};
