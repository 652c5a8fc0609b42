// The CommonJS side of todo-types.ts: under `nodenext` these imports resolve through the
// packages' `require` conditions, to their `.d.cts` declarations.
import { InMemoryTodoRepository } from '@todo/adapter-memory';
import { createTodoService } from '@todo/application';
import { parseTitle, type Title } from '@todo/domain';
import { VersionConflictError, type TodoRepository, type TodoUseCases } from '@todo/ports';
import { fixedClock, sequentialIds } from '@todo/ports/testing';

const repository: TodoRepository = new InMemoryTodoRepository();
export const todos: TodoUseCases = createTodoService({
  repository,
  events: { publish: async () => undefined },
  clock: fixedClock(),
  ids: sequentialIds('todo'),
});
export const title = parseTitle('Buy milk');
// @ts-expect-error a plain string is not a Title
export const notATitle: Title = 'Buy milk';
export const isConflict = (error: unknown) =>
  error instanceof VersionConflictError && error.actualVersion !== null;
