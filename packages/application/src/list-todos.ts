import { err, ok, parseOwnerId, type Result } from '@todo/domain';
import { listLimits, type ListTodosQuery, type TodoPageView, type UseCaseError } from '@todo/ports';
import { toTodoView } from './to-todo-view.js';
import { fromRepository } from './to-use-case-error.js';
import type { ListDependencies } from './todo-service-dependencies.js';

const isValidLimit = (limit: number): boolean =>
  Number.isInteger(limit) && limit >= listLimits.min && limit <= listLimits.max;

/** Lists one page of the owner's todos, oldest first: one repository request. */
export const listTodosUseCase =
  ({ repository }: ListDependencies) =>
  async (query: ListTodosQuery): Promise<Result<TodoPageView, UseCaseError>> => {
    const ownerId = parseOwnerId(query.ownerId);
    if (!ownerId.ok) return ownerId;
    const limit = query.limit ?? listLimits.default;
    if (!isValidLimit(limit)) {
      return err({ code: 'list.limit-invalid', min: listLimits.min, max: listLimits.max });
    }

    const page = await fromRepository(() =>
      repository.list(ownerId.value, {
        limit,
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
        ...(query.status === undefined ? {} : { status: query.status }),
      }),
    );
    if (!page.ok) return page;
    return ok({ items: page.value.items.map(toTodoView), nextCursor: page.value.nextCursor });
  };
