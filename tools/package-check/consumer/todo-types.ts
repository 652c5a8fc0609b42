// Type-checked by `tsc` in a project that installed the libraries from a registry, once under
// `moduleResolution: nodenext` and once under `bundler`. It only has to compile.
import { InMemoryEventPublisher, InMemoryTodoRepository } from '@todo/adapter-memory';
import { createTodoService, type TodoServiceDependencies } from '@todo/application';
import {
  parseTitle,
  updateTodo,
  type DomainError,
  type Result,
  type Title,
  type Todo,
} from '@todo/domain';
import {
  InvalidCursorError,
  type TodoRepository,
  type TodoUseCases,
  type UseCaseErrorCode,
} from '@todo/ports';
import { fixedClock, sequentialIds, type TodoRepositoryContractOptions } from '@todo/ports/testing';

const repository: TodoRepository = new InMemoryTodoRepository();
const dependencies: TodoServiceDependencies = {
  repository,
  events: new InMemoryEventPublisher(),
  clock: fixedClock(),
  ids: sequentialIds('todo'),
};
export const todos: TodoUseCases = createTodoService(dependencies);

export const title: Result<Title, DomainError> = parseTitle('Buy milk');
// @ts-expect-error a plain string is not a Title: the brands survive publishing
export const notATitle: Title = 'Buy milk';

export const refusal: UseCaseErrorCode = 'todo.completed-not-editable';
// @ts-expect-error not one of the codes
export const noSuchCode: UseCaseErrorCode = 'todo.no-such-code';

export const rename = (todo: Todo, newTitle: Title) =>
  updateTodo(todo, { title: newTitle }, todo.updatedAt);
export const isCursorError = (error: unknown): error is InvalidCursorError =>
  error instanceof InvalidCursorError && error.code === 'repository.invalid-cursor';
export const contract: TodoRepositoryContractOptions = { setup: () => repository };
