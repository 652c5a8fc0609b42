import type { OwnerId, Todo, TodoId } from '@todo/domain';
import {
  TodoAlreadyExistsError,
  TodoNotFoundError,
  VersionConflictError,
  type ListTodosOptions,
  type TodoPage,
  type TodoRepository,
  type TodoStatusFilter,
} from '@todo/ports';
import { InMemoryCursor } from './in-memory-cursor.js';
import { OwnerTodos } from './owner-todos.js';

const matches = (todo: Todo, status: TodoStatusFilter | undefined): boolean =>
  status === undefined || (status === 'open') === (todo.status === 'incomplete');

// The domain hands out frozen todos; one built some other way is copied and frozen, so nothing
// the store keeps can change after it was written.
const frozen = (todo: Todo): Todo => (Object.isFrozen(todo) ? todo : Object.freeze({ ...todo }));

/**
 * A {@link TodoRepository} that keeps todos in process memory, for tests, demos and local runs.
 * Nothing survives a restart and nothing is shared between processes.
 *
 * It keeps the todos themselves: they are frozen values with no object inside, so handing one
 * out shares nothing that anyone can change, and a read costs no parsing. Each owner's todos are
 * kept in id order (creation order, as the table's sort key gives DynamoDB), so a page costs what
 * it returns, not what the owner has. Its checks (id taken, version moved on) happen in the same
 * synchronous step as the write, which is what a conditional write gives a real store.
 *
 * @example
 * const repository = new InMemoryTodoRepository();
 * await repository.create(todo);
 * const page = await repository.list(todo.ownerId, { limit: 20, status: 'open' });
 */
export class InMemoryTodoRepository implements TodoRepository {
  readonly #owners = new Map<OwnerId, OwnerTodos>();
  readonly #cursor = new InMemoryCursor();

  async get(ownerId: OwnerId, id: TodoId): Promise<Todo | null> {
    return this.#owners.get(ownerId)?.get(id) ?? null;
  }

  async list(ownerId: OwnerId, options: ListTodosOptions): Promise<TodoPage> {
    if (!Number.isSafeInteger(options.limit) || options.limit < 1) {
      throw new RangeError(`limit must be a whole number of at least 1, not ${options.limit}`);
    }
    const after =
      options.cursor === undefined
        ? undefined
        : this.#cursor.read(ownerId, options.status, options.cursor);

    const { status } = options;
    const owner = this.#owners.get(ownerId);
    if (owner === undefined) return { items: [], nextCursor: null };
    const { items, more } = owner.page(after, options.limit, (todo) => matches(todo, status));

    const last = items.at(-1);
    return {
      items,
      nextCursor: more && last ? this.#cursor.issue(ownerId, options.status, last.id) : null,
    };
  }

  async create(todo: Todo): Promise<void> {
    if (!this.#ownerTodos(todo.ownerId).add(frozen(todo))) {
      throw new TodoAlreadyExistsError(todo.id);
    }
  }

  async save(todo: Todo, expectedVersion: number): Promise<void> {
    // #storedAt throws unless the todo is there, so the owner's todos exist.
    this.#storedAt(todo.ownerId, todo.id, expectedVersion);
    this.#owners.get(todo.ownerId)?.replace(frozen(todo));
  }

  async delete(
    ownerId: OwnerId,
    id: TodoId,
    options: { readonly expectedVersion?: number } = {},
  ): Promise<Todo> {
    const removed = this.#storedAt(ownerId, id, options.expectedVersion);
    this.#owners.get(ownerId)?.remove(id);
    return removed;
  }

  /** The stored todo, if it exists and (when asked) is at `expectedVersion`; throws otherwise. */
  #storedAt(ownerId: OwnerId, id: TodoId, expectedVersion: number | undefined): Todo {
    const todo = this.#owners.get(ownerId)?.get(id);
    if (!todo) throw new TodoNotFoundError(id);
    if (expectedVersion !== undefined && todo.version !== expectedVersion) {
      throw new VersionConflictError(id, expectedVersion, todo.version);
    }
    return todo;
  }

  #ownerTodos(ownerId: OwnerId): OwnerTodos {
    let todos = this.#owners.get(ownerId);
    if (!todos) {
      todos = new OwnerTodos();
      this.#owners.set(ownerId, todos);
    }
    return todos;
  }
}
