import {
  parseTodo,
  toTodoSnapshot,
  type OwnerId,
  type Todo,
  type TodoId,
  type TodoSnapshot,
} from '@todo/domain';
import {
  CorruptTodoError,
  TodoAlreadyExistsError,
  TodoNotFoundError,
  VersionConflictError,
  type ListTodosOptions,
  type TodoPage,
  type TodoRepository,
  type TodoStatusFilter,
} from '@todo/ports';
import { InMemoryCursor } from './in-memory-cursor.js';

// A snapshot's completion time tells its status, as `parseTodo` reads it.
const matches = (snapshot: TodoSnapshot, status: TodoStatusFilter | undefined): boolean =>
  status === undefined || (status === 'open') === (snapshot.completedAt === null);

/** Parses a stored snapshot back into a todo, as a real store must with what it reads. */
const read = (snapshot: TodoSnapshot): Todo => {
  const todo = parseTodo(snapshot);
  if (todo.ok) return todo.value;
  const field = todo.error.code === 'todo.snapshot-invalid' ? todo.error.field : 'unknown';
  throw new CorruptTodoError(snapshot.id, field);
};

/**
 * A {@link TodoRepository} that keeps todos in process memory, for tests, demos and local runs.
 * Nothing survives a restart and nothing is shared between processes.
 *
 * Like a real store it keeps plain snapshots and parses them back on every read, so callers never
 * share an object with the store. Its checks (id taken, version moved on) happen in the same
 * synchronous step as the write, which is what a conditional write gives a real store.
 *
 * @example
 * const repository = new InMemoryTodoRepository();
 * await repository.create(todo);
 * const page = await repository.list(todo.ownerId, { limit: 20, status: 'open' });
 */
export class InMemoryTodoRepository implements TodoRepository {
  readonly #owners = new Map<OwnerId, Map<TodoId, TodoSnapshot>>();
  readonly #cursor = new InMemoryCursor();

  async get(ownerId: OwnerId, id: TodoId): Promise<Todo | null> {
    const snapshot = this.#owners.get(ownerId)?.get(id);
    return snapshot ? read(snapshot) : null;
  }

  async list(ownerId: OwnerId, options: ListTodosOptions): Promise<TodoPage> {
    if (!Number.isSafeInteger(options.limit) || options.limit < 1) {
      throw new RangeError(`limit must be a whole number of at least 1, not ${options.limit}`);
    }
    const after =
      options.cursor === undefined
        ? ''
        : this.#cursor.read(ownerId, options.status, options.cursor);

    // Ids sort in creation order; '' sorts before every id. Only the page is parsed back, as a
    // real store reads only the page: parsing every todo of the owner made a page of 20 out of
    // 100 cost five times the parsing (bench/BENCHMARKS.md).
    const listed = [...(this.#owners.get(ownerId)?.values() ?? [])]
      .filter((snapshot) => snapshot.id > after && matches(snapshot, options.status))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const items = listed.slice(0, options.limit).map(read);

    const last = items.at(-1);
    const more = listed.length > items.length;
    return {
      items,
      nextCursor: more && last ? this.#cursor.issue(ownerId, options.status, last.id) : null,
    };
  }

  async create(todo: Todo): Promise<void> {
    if (this.#owners.get(todo.ownerId)?.has(todo.id)) throw new TodoAlreadyExistsError(todo.id);
    this.#write(todo);
  }

  async save(todo: Todo, expectedVersion: number): Promise<void> {
    this.#storedAt(todo.ownerId, todo.id, expectedVersion);
    this.#write(todo);
  }

  async delete(
    ownerId: OwnerId,
    id: TodoId,
    options: { readonly expectedVersion?: number } = {},
  ): Promise<Todo> {
    const removed = this.#storedAt(ownerId, id, options.expectedVersion);
    this.#owners.get(ownerId)?.delete(id);
    return read(removed);
  }

  /**
   * The stored snapshot, if it exists and (when asked) is at `expectedVersion`; throws otherwise.
   * Not parsed: `save` only checks the version, as a conditional write does.
   */
  #storedAt(ownerId: OwnerId, id: TodoId, expectedVersion: number | undefined): TodoSnapshot {
    const snapshot = this.#owners.get(ownerId)?.get(id);
    if (!snapshot) throw new TodoNotFoundError(id);
    if (expectedVersion !== undefined && snapshot.version !== expectedVersion) {
      throw new VersionConflictError(id, expectedVersion, snapshot.version);
    }
    return snapshot;
  }

  #write(todo: Todo): void {
    let todos = this.#owners.get(todo.ownerId);
    if (!todos) {
      todos = new Map();
      this.#owners.set(todo.ownerId, todos);
    }
    todos.set(todo.id, Object.freeze(toTodoSnapshot(todo)));
  }
}
