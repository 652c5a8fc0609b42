import { parseOwnerId, type OwnerId } from '@todo/domain';
import { describe, expect, it } from 'vitest';
import type { TodoRepository } from '../todo-repository.js';
import {
  completed,
  createMany,
  listAllPages,
  newTodo,
  nth,
  uniqueOwner,
  uniqueSuffix,
  valid,
} from './contract-fixtures.js';

/** The contract on owner ids: kept exactly as given, whatever characters they hold. */
export const describeOwnerContract = (repository: () => TodoRepository): void => {
  describe('owner ids', () => {
    it("treats ids differing only in case as different owners ('Alice' and 'alice')", async () => {
      const suffix = uniqueSuffix();
      const upper = valid(parseOwnerId(`Alice-${suffix}`));
      const lower = valid(parseOwnerId(`alice-${suffix}`));
      const upperTodo = newTodo(upper, { title: 'Upper' });
      const lowerTodo = newTodo(lower, { id: upperTodo.id, title: 'Lower' });
      await repository().create(upperTodo);
      await repository().create(lowerTodo);

      expect(await repository().get(upper, upperTodo.id)).toEqual(upperTodo);
      expect(await repository().get(lower, lowerTodo.id)).toEqual(lowerTodo);
      expect((await repository().list(upper, { limit: 10 })).items).toEqual([upperTodo]);
      expect((await repository().list(lower, { limit: 10 })).items).toEqual([lowerTodo]);
    });

    it("keeps an owner whose id extends another's with '#' apart from it", async () => {
      // Stores that build keys by joining strings with '#' can run two owners together here.
      const owner = uniqueOwner();
      const extended = valid(parseOwnerId(`${owner}#TODO#x`));
      const todos = await createMany(repository(), owner, 2);
      const extendedTodos = await createMany(repository(), extended, 2);

      expect((await repository().list(owner, { limit: 10 })).items).toEqual(todos);
      expect((await repository().list(extended, { limit: 10 })).items).toEqual(extendedTodos);
      expect(await repository().get(extended, nth(todos, 0).id)).toBeNull();
    });

    const unusual: ReadonlyArray<readonly [string, string]> = [
      ['a hash and spaces', 'team #1 / alice smith'],
      ['emoji', 'owner 🦊🚀'],
      ['a leading and trailing space', ' padded owner '],
      ['characters from many scripts', 'Zoë Ωμέγα 東京 مرحبا'],
    ];

    it.each(unusual)(
      'stores, lists, pages, saves and deletes for an owner id with %s',
      async (_, raw) => {
        const ownerId: OwnerId = valid(parseOwnerId(`${raw} ${uniqueSuffix()}`));
        const todos = await createMany(repository(), ownerId, 3);
        const first = nth(todos, 0);

        const pages = await listAllPages(repository(), ownerId, { limit: 2 });
        const done = completed(first);
        await repository().save(done, first.version);
        const stored = await repository().get(ownerId, first.id);
        const removed = await repository().delete(ownerId, first.id);

        expect(pages.flatMap((page) => page.items)).toEqual(todos);
        expect(stored).toEqual(done);
        expect(removed).toEqual(done);
        expect(removed.ownerId).toBe(ownerId);
        expect(await repository().get(ownerId, first.id)).toBeNull();
      },
    );
  });
};
