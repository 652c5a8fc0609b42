import type { OwnerId, Todo, TodoId } from '@todo/domain';
import {
  InvalidCursorError,
  TodoAlreadyExistsError,
  TodoNotFoundError,
  VersionConflictError,
  type ListTodosOptions,
  type TodoPage,
  type TodoRepository,
} from '@todo/ports';

type Method = keyof TodoRepository;

/**
 * A small repository for the use-case tests, with the port's conditional-write semantics. Every
 * call is written to `journal` (shared with the test's event publisher, so tests can check what
 * happened in which order), and a test can make the next calls of a method fail or run code first,
 * such as a concurrent writer's change.
 */
export class FakeTodoRepository implements TodoRepository {
  readonly #todos = new Map<string, Todo>();
  readonly #scripts: Array<{ method: Method; run: () => void }> = [];

  constructor(readonly journal: string[] = []) {}

  /** Stores todos directly, without a journal entry. */
  seed(...todos: readonly Todo[]): void {
    for (const todo of todos) this.#todos.set(keyOf(todo.ownerId, todo.id), todo);
  }

  /** Reads what is stored, without a journal entry. Takes plain strings, for tests' ease. */
  stored(ownerId: string, id: string): Todo | undefined {
    return this.#todos.get(keyOf(ownerId, id));
  }

  /** Removes a todo directly, without a journal entry (another writer's delete, say). */
  remove(ownerId: string, id: string): void {
    this.#todos.delete(keyOf(ownerId, id));
  }

  /** Makes the next `times` calls of `method` throw `error` instead of touching the store. */
  failNext(method: Method, error: Error, times = 1): void {
    for (let time = 0; time < times; time += 1) {
      this.#scripts.push({
        method,
        run: () => {
          throw error;
        },
      });
    }
  }

  /** Runs `effect` (for example another writer's save) just before the next call of `method`. */
  beforeNext(method: Method, effect: () => void): void {
    this.#scripts.push({ method, run: effect });
  }

  async get(ownerId: OwnerId, id: TodoId): Promise<Todo | null> {
    this.#enter('get');
    return this.stored(ownerId, id) ?? null;
  }

  async list(ownerId: OwnerId, options: ListTodosOptions): Promise<TodoPage> {
    this.#enter('list');
    // Cursors here are simply `after:<id>`; anything else is refused like a forged cursor.
    const after = options.cursor === undefined ? '' : /^after:(.+)$/.exec(options.cursor)?.[1];
    if (after === undefined) throw new InvalidCursorError();

    const matching = [...this.#todos.values()]
      .filter((todo) => todo.ownerId === ownerId && todo.id > after)
      .filter(
        (todo) =>
          options.status === undefined ||
          (options.status === 'open') === (todo.status === 'incomplete'),
      )
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const items = matching.slice(0, options.limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor: matching.length > items.length && last ? `after:${last.id}` : null,
    };
  }

  async create(todo: Todo): Promise<void> {
    this.#enter('create');
    if (this.stored(todo.ownerId, todo.id)) throw new TodoAlreadyExistsError(todo.id);
    this.seed(todo);
  }

  async save(todo: Todo, expectedVersion: number): Promise<void> {
    this.#enter('save');
    this.#storedAt(todo.ownerId, todo.id, expectedVersion);
    this.seed(todo);
  }

  async delete(
    ownerId: OwnerId,
    id: TodoId,
    options: { readonly expectedVersion?: number } = {},
  ): Promise<Todo> {
    this.#enter('delete');
    const removed = this.#storedAt(ownerId, id, options.expectedVersion);
    this.#todos.delete(keyOf(ownerId, id));
    return removed;
  }

  #enter(method: Method): void {
    this.journal.push(method);
    const index = this.#scripts.findIndex((script) => script.method === method);
    const [script] = index === -1 ? [] : this.#scripts.splice(index, 1);
    script?.run();
  }

  #storedAt(ownerId: OwnerId, id: TodoId, expectedVersion: number | undefined): Todo {
    const todo = this.stored(ownerId, id);
    if (!todo) throw new TodoNotFoundError(id);
    if (expectedVersion !== undefined && todo.version !== expectedVersion) {
      throw new VersionConflictError(id, expectedVersion, todo.version);
    }
    return todo;
  }
}

const keyOf = (ownerId: string, id: string): string => JSON.stringify([ownerId, id]);
