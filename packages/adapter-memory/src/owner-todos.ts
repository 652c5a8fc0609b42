import type { Todo, TodoId } from '@todo/domain';

/**
 * One owner's todos, by id and in id order: what a DynamoDB partition with the id as sort key
 * gives, in memory. Ids sort in creation order, so a new todo is nearly always appended; the
 * order is kept by binary search otherwise.
 */
export class OwnerTodos {
  readonly #byId = new Map<TodoId, Todo>();
  readonly #ids: TodoId[] = [];

  get(id: TodoId): Todo | undefined {
    return this.#byId.get(id);
  }

  /** Stores a new todo; `false`, storing nothing, when its id is taken. */
  add(todo: Todo): boolean {
    if (this.#byId.has(todo.id)) return false;
    const last = this.#ids.at(-1);
    if (last === undefined || last < todo.id) this.#ids.push(todo.id);
    else this.#ids.splice(this.#firstAfter(todo.id), 0, todo.id);
    this.#byId.set(todo.id, todo);
    return true;
  }

  /** Replaces the stored todo with `todo`'s id, which must be there. */
  replace(todo: Todo): void {
    this.#byId.set(todo.id, todo);
  }

  remove(id: TodoId): void {
    if (!this.#byId.delete(id)) return;
    // The id is stored, so the first id not below it is that id.
    this.#ids.splice(this.#firstNotBelow(id), 1);
  }

  /**
   * Up to `limit` todos that `include` accepts, in id order, starting after `after` (at the
   * first when `undefined`); `more` says whether another accepted todo follows. It reads only
   * up to the first accepted todo past the page. A plain loop, not a generator: it runs for
   * every list request, and resuming a generator per todo cost more than the rest of the page.
   */
  page(
    after: TodoId | undefined,
    limit: number,
    include: (todo: Todo) => boolean,
  ): { readonly items: Todo[]; readonly more: boolean } {
    const items: Todo[] = [];
    const ids = this.#ids;
    for (
      let index = after === undefined ? 0 : this.#firstAfter(after);
      index < ids.length;
      index += 1
    ) {
      const id = ids[index];
      const todo = id === undefined ? undefined : this.#byId.get(id);
      if (todo === undefined || !include(todo)) continue;
      if (items.length === limit) return { items, more: true };
      items.push(todo);
    }
    return { items, more: false };
  }

  /** The index of the first id greater than `id`. */
  #firstAfter(id: TodoId): number {
    return this.#search((candidate) => candidate > id);
  }

  /** The index of the first id greater than or equal to `id`. */
  #firstNotBelow(id: TodoId): number {
    return this.#search((candidate) => candidate >= id);
  }

  // The first index whose id passes `past`, which is false up to some index and true after it.
  #search(past: (candidate: TodoId) => boolean): number {
    let low = 0;
    let high = this.#ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const candidate = this.#ids[middle];
      if (candidate !== undefined && past(candidate)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
