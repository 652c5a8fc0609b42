import {
  completeTodo,
  createTodo,
  instantFromDate,
  parseDescription,
  parseDueDate,
  parseOwnerId,
  parseTitle,
  parseTodoId,
  updateTodo,
  type DomainError,
  type OwnerId,
  type Result,
  type Todo,
  type TodoId,
  type TodoUpdate,
} from '@todo/domain';
import type { TodoPage, TodoRepository, TodoStatusFilter } from '../todo-repository.js';
import { fixedClock } from './fixed-clock.js';

// Builders for the contract suite. Every value goes through the domain's own functions, so the
// suite never hands an adapter a todo the domain could not have produced.

/** Unwraps a parse result the fixture knows to be valid; a failure is a mistake in the suite. */
export const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`contract fixture is invalid: ${result.error.code}`);
  return result.value;
};

/** A short random string, different on every call, for names that must not collide. */
export const uniqueSuffix = (): string =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/**
 * A fresh owner id nobody else uses, so each test sees only its own todos even when the whole
 * suite shares one store (and one table) with earlier runs.
 */
export const uniqueOwner = (label = 'owner'): OwnerId =>
  valid(parseOwnerId(`${label}-${uniqueSuffix()}`));

// One run id and one counter per process: ids sort in the order they were made, as real ids do.
const runId = uniqueSuffix();
let idCounter = 0;

/** The next time-ordered todo id, `0000000001-<run>`, `0000000002-<run>`, ... */
export const nextTodoId = (): TodoId => {
  idCounter += 1;
  return valid(parseTodoId(`${String(idCounter).padStart(10, '0')}-${runId}`));
};

const clock = fixedClock();
const now = () => instantFromDate(clock.now());

/** What a fixture todo may vary; everything else gets a plain default. */
export interface TodoFixture {
  readonly id?: TodoId;
  readonly title?: string;
  readonly description?: string | null;
  readonly dueDate?: string | null;
}

/** A new incomplete todo (version 1) for `ownerId`, not yet stored. */
export const newTodo = (ownerId: OwnerId, fixture: TodoFixture = {}): Todo =>
  createTodo(
    {
      id: fixture.id ?? nextTodoId(),
      ownerId,
      title: valid(parseTitle(fixture.title ?? 'Water the plants')),
      description:
        fixture.description === undefined || fixture.description === null
          ? null
          : valid(parseDescription(fixture.description)),
      dueDate:
        fixture.dueDate === undefined || fixture.dueDate === null
          ? null
          : valid(parseDueDate(fixture.dueDate)),
    },
    now(),
  ).todo;

/** `todo` completed, one version later. */
export const completed = (todo: Todo): Todo => completeTodo(todo, now()).todo;

/** `todo` with a new title, one version later. */
export const retitled = (todo: Todo, title: string): Todo => {
  const update: TodoUpdate = { title: valid(parseTitle(title)) };
  return valid(updateTodo(todo, update, now())).todo;
};

/** Creates `count` todos for `ownerId`, in id order, and returns them as stored. */
export const createMany = async (
  repository: TodoRepository,
  ownerId: OwnerId,
  count: number,
): Promise<Todo[]> => {
  const todos: Todo[] = [];
  for (let index = 0; index < count; index += 1) {
    const todo = newTodo(ownerId, { title: `Todo ${index + 1}` });
    await repository.create(todo);
    todos.push(todo);
  }
  return todos;
};

/** The ids of `todos`, in the order given. */
export const idsOf = (todos: readonly Todo[]): TodoId[] => todos.map((todo) => todo.id);

/** Lists every page of `ownerId`'s todos with `limit`, following `nextCursor` to the end. */
export const listAllPages = async (
  repository: TodoRepository,
  ownerId: OwnerId,
  options: { readonly limit: number; readonly status?: TodoStatusFilter },
): Promise<TodoPage[]> => {
  const pages: TodoPage[] = [];
  let cursor: string | null = null;
  do {
    const page: TodoPage = await repository.list(ownerId, {
      ...options,
      ...(cursor === null ? {} : { cursor }),
    });
    pages.push(page);
    cursor = page.nextCursor;
    // A store that never stops handing out cursors would hang the suite; fail instead.
    if (pages.length > 100) throw new Error('list kept returning a nextCursor after 100 pages');
  } while (cursor !== null);
  return pages;
};

/**
 * Awaits `promise` and returns the error it was rejected with, checking it is a `type`. Throws if
 * the promise resolved or failed with something else, so the test fails with a clear message.
 */
export const rejectionOf = async <E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw new Error(`expected ${type.name}, but the call failed with ${String(error)}`, {
      cause: error,
    });
  }
  throw new Error(`expected ${type.name}, but the call succeeded`);
};

/** The item at `index`; throws when there is none, which is a mistake in the test. */
export const nth = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at index ${index}`);
  return item;
};
