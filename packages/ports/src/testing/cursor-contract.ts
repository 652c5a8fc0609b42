import { describe, expect, it } from 'vitest';
import { InvalidCursorError } from '../repository-errors.js';
import type { TodoRepository, TodoStatusFilter } from '../todo-repository.js';
import { completed, createMany, newTodo, rejectionOf, uniqueOwner } from './contract-fixtures.js';

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** `text` with the character at `index` replaced by a different base64url character. */
const withCharacterChanged = (text: string, index: number): string =>
  `${text.slice(0, index)}${text[index] === 'A' ? 'B' : 'A'}${text.slice(index + 1)}`;

/** A list by its filter, with a name for the list without one. */
type ListName = TodoStatusFilter | 'unfiltered';
const statusOf = (name: ListName): TodoStatusFilter | undefined =>
  name === 'unfiltered' ? undefined : name;

/** The contract of list cursors: opaque, bound to one owner and one filter, tamper-evident. */
export const describeCursorContract = (repository: () => TodoRepository): void => {
  describe('list cursors', () => {
    /** A real cursor: the `nextCursor` of the first page of a fresh owner's list. */
    const issueCursor = async (status?: TodoStatusFilter) => {
      const ownerId = uniqueOwner();
      for (const todo of await createMany(repository(), ownerId, 3)) {
        await repository().save(completed(todo), todo.version);
      }
      await createMany(repository(), ownerId, 3);
      const page = await repository().list(ownerId, { limit: 1, ...(status ? { status } : {}) });
      if (page.nextCursor === null) throw new Error('expected a first page with a nextCursor');
      return { ownerId, cursor: page.nextCursor };
    };

    it('can be used twice and gives the same page both times', async () => {
      const ownerId = uniqueOwner();
      const todos = await createMany(repository(), ownerId, 5);
      const first = await repository().list(ownerId, { limit: 2 });
      const cursor = first.nextCursor ?? '';

      const firstUse = await repository().list(ownerId, { limit: 2, cursor });
      const secondUse = await repository().list(ownerId, { limit: 2, cursor });

      expect(firstUse.items).toEqual(todos.slice(2, 4));
      expect(secondUse).toEqual(firstUse);
    });

    it('keeps its place when the last todo it returned is deleted', async () => {
      const ownerId = uniqueOwner();
      const todos = await createMany(repository(), ownerId, 5);
      const first = await repository().list(ownerId, { limit: 2 });
      const lastSeen = first.items.at(-1);
      if (lastSeen) await repository().delete(ownerId, lastSeen.id);

      const next = await repository().list(ownerId, { limit: 2, cursor: first.nextCursor ?? '' });

      expect(next.items).toEqual(todos.slice(2, 4));
    });

    it("refuses one owner's cursor in another owner's list", async () => {
      const { cursor } = await issueCursor();
      const other = uniqueOwner('other');
      await createMany(repository(), other, 3);

      await rejectionOf(repository().list(other, { limit: 1, cursor }), InvalidCursorError);
    });

    const garbage: ReadonlyArray<readonly [string, string]> = [
      ['an empty string', ''],
      ['a short word', 'abc'],
      ['punctuation', '!!!'],
      ['base64url of unrelated JSON', base64url('{"ownerId":"someone","lastId":"0000000001-x"}')],
      ['base64 of a JSON number', Buffer.from('42').toString('base64')],
      ['a very long string', 'A'.repeat(4096)],
    ];

    it.each(garbage)('refuses %s', async (_, cursor) => {
      const ownerId = uniqueOwner();
      await createMany(repository(), ownerId, 2);

      await rejectionOf(repository().list(ownerId, { limit: 1, cursor }), InvalidCursorError);
    });

    it.each([
      ['first', () => 0],
      ['middle', (length: number) => Math.floor(length / 2)],
      ['second to last', (length: number) => length - 2],
    ])('refuses a cursor with its %s character changed', async (_, position) => {
      const { ownerId, cursor } = await issueCursor();
      const tampered = withCharacterChanged(cursor, position(cursor.length));

      await rejectionOf(
        repository().list(ownerId, { limit: 1, cursor: tampered }),
        InvalidCursorError,
      );
    });

    // Each pair is [the list the cursor came from, the list it is used in].
    const filterSwaps: ReadonlyArray<readonly [ListName, ListName]> = [
      ['open', 'unfiltered'],
      ['open', 'completed'],
      ['completed', 'open'],
      ['unfiltered', 'open'],
    ];

    it.each(filterSwaps)(
      "refuses a cursor from the '%s' list in the '%s' list",
      async (from, to) => {
        const { ownerId, cursor } = await issueCursor(statusOf(from));
        const status = statusOf(to);

        await rejectionOf(
          repository().list(ownerId, { limit: 1, cursor, ...(status ? { status } : {}) }),
          InvalidCursorError,
        );
      },
    );

    it('is accepted with the filter it was issued for', async () => {
      const ownerId = uniqueOwner();
      const todos = [newTodo(ownerId), newTodo(ownerId), newTodo(ownerId)];
      for (const todo of todos) await repository().create(todo);
      const first = await repository().list(ownerId, { limit: 1, status: 'open' });

      const next = await repository().list(ownerId, {
        limit: 2,
        status: 'open',
        cursor: first.nextCursor ?? '',
      });

      expect(next).toEqual({ items: todos.slice(1), nextCursor: null });
    });
  });
};
