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
import { parseClearable } from './parse-optional.js';
import { toTodoView } from './to-todo-view.js';
import { fromRepository } from './to-use-case-error.js';
import type { UseCaseDependencies } from './todo-service-dependencies.js';

/** Creates a todo for its owner: one repository request, then the `TodoCreated` event. */
export const createTodoUseCase =
  ({ repository, events, clock, ids }: UseCaseDependencies) =>
  async (command: CreateTodoCommand): Promise<Result<TodoView, UseCaseError>> => {
    const ownerId = parseOwnerId(command.ownerId);
    if (!ownerId.ok) return ownerId;
    const title = parseTitle(command.title);
    if (!title.ok) return title;
    const description = parseClearable(command.description, parseDescription);
    if (!description.ok) return description;
    const dueDate = parseClearable(command.dueDate, parseDueDate);
    if (!dueDate.ok) return dueDate;

    const change = createTodo(
      {
        id: ids.next(),
        ownerId: ownerId.value,
        title: title.value,
        description: description.value ?? null,
        dueDate: dueDate.value ?? null,
      },
      instantFromDate(clock.now()),
    );
    const created = await fromRepository(() => repository.create(change.todo));
    if (!created.ok) return created;

    await events.publish(change.events);
    return ok(toTodoView(change.todo));
  };
