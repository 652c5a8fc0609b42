import { describe, expect, it } from 'vitest';
import {
  TodoAlreadyExistsError,
  TodoNotFoundError,
  VersionConflictError,
} from '../repository-errors.js';
import type { TodoRepository } from '../todo-repository.js';
import {
  completed,
  newTodo,
  nextTodoId,
  rejectionOf,
  retitled,
  uniqueOwner,
  type TodoFixture,
} from './contract-fixtures.js';

/** The contract of `create`, `get`, `save` and `delete`. */
export const describeWriteContract = (repository: () => TodoRepository): void => {
  describe('create and get', () => {
    const variants: ReadonlyArray<{ name: string; fixture: TodoFixture; complete: boolean }> = [
      {
        name: 'incomplete, every field set',
        fixture: {
          title: 'Renew passport',
          description: 'Photos first.\nThen the form.',
          dueDate: '2026-12-24T18:00:00+01:00',
        },
        complete: false,
      },
      { name: 'incomplete, no description or due date', fixture: {}, complete: false },
      {
        name: 'complete',
        fixture: { description: 'Done', dueDate: '2026-02-28' },
        complete: true,
      },
    ];

    it.each(variants)(
      'get returns the todo exactly as created ($name)',
      async ({ fixture, complete }) => {
        const ownerId = uniqueOwner();
        const created = newTodo(ownerId, fixture);
        const todo = complete ? completed(created) : created;

        await repository().create(todo);

        expect(await repository().get(ownerId, todo.id)).toEqual(todo);
      },
    );

    it('get returns null for an id that was never created', async () => {
      const ownerId = uniqueOwner();
      await repository().create(newTodo(ownerId));

      expect(await repository().get(ownerId, nextTodoId())).toBeNull();
    });

    it("get returns null for another owner's todo", async () => {
      const owner = uniqueOwner('owner');
      const stranger = uniqueOwner('stranger');
      const todo = newTodo(owner);
      await repository().create(todo);

      expect(await repository().get(stranger, todo.id)).toBeNull();
    });

    it('create refuses an id that exists and leaves the stored todo unchanged', async () => {
      const ownerId = uniqueOwner();
      const original = newTodo(ownerId, { title: 'Original' });
      await repository().create(original);

      const error = await rejectionOf(
        repository().create(newTodo(ownerId, { id: original.id, title: 'Impostor' })),
        TodoAlreadyExistsError,
      );

      expect(error).toMatchObject({ code: 'repository.already-exists', todoId: original.id });
      expect(await repository().get(ownerId, original.id)).toEqual(original);
    });

    it('two owners may each have a todo with the same id', async () => {
      const first = newTodo(uniqueOwner('first'), { title: 'First' });
      const second = newTodo(uniqueOwner('second'), { id: first.id, title: 'Second' });

      await repository().create(first);
      await repository().create(second);

      expect(await repository().get(first.ownerId, first.id)).toEqual(first);
      expect(await repository().get(second.ownerId, second.id)).toEqual(second);
    });
  });

  describe('save', () => {
    it('replaces the todo when the expected version is the stored one', async () => {
      const original = newTodo(uniqueOwner());
      await repository().create(original);
      const edited = retitled(original, 'Edited');
      const done = completed(edited);

      await repository().save(edited, original.version);
      await repository().save(done, edited.version);

      expect(await repository().get(original.ownerId, original.id)).toEqual(done);
    });

    it('refuses a stale expected version and changes nothing', async () => {
      const original = newTodo(uniqueOwner());
      await repository().create(original);
      const winner = retitled(original, 'Winner');
      await repository().save(winner, original.version);

      const error = await rejectionOf(
        repository().save(retitled(original, 'Loser'), original.version),
        VersionConflictError,
      );

      expect(error).toMatchObject({
        code: 'repository.version-conflict',
        todoId: original.id,
        expectedVersion: original.version,
      });
      // Stores that can tell which version they hold must report the real one.
      expect([null, winner.version]).toContain(error.actualVersion);
      expect(await repository().get(original.ownerId, original.id)).toEqual(winner);
    });

    it('lets exactly one of two concurrent saves from the same version win', async () => {
      const original = newTodo(uniqueOwner());
      await repository().create(original);
      const contenders = [retitled(original, 'Left'), retitled(original, 'Right')];

      const outcomes = await Promise.allSettled(
        contenders.map((todo) => repository().save(todo, original.version)),
      );

      const winners = contenders.filter((_, index) => outcomes[index]?.status === 'fulfilled');
      const losers = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [outcome.reason] : [],
      );
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]).toBeInstanceOf(VersionConflictError);
      expect(await repository().get(original.ownerId, original.id)).toEqual(winners[0]);
    });

    it('refuses to save a todo that does not exist, and does not create it', async () => {
      const todo = retitled(newTodo(uniqueOwner()), 'Never created');

      const error = await rejectionOf(repository().save(todo, 1), TodoNotFoundError);

      expect(error).toMatchObject({ code: 'repository.not-found', todoId: todo.id });
      expect(await repository().get(todo.ownerId, todo.id)).toBeNull();
    });
  });

  describe('delete', () => {
    it('returns the removed todo, after which get returns null', async () => {
      const todo = completed(newTodo(uniqueOwner(), { description: 'Gone soon' }));
      await repository().create(todo);

      expect(await repository().delete(todo.ownerId, todo.id)).toEqual(todo);
      expect(await repository().get(todo.ownerId, todo.id)).toBeNull();
    });

    it('removes the todo when the expected version is the stored one', async () => {
      const todo = newTodo(uniqueOwner());
      await repository().create(todo);

      const removed = await repository().delete(todo.ownerId, todo.id, {
        expectedVersion: todo.version,
      });

      expect(removed).toEqual(todo);
      expect(await repository().get(todo.ownerId, todo.id)).toBeNull();
    });

    it('refuses to delete a todo that does not exist', async () => {
      const ownerId = uniqueOwner();
      const missing = nextTodoId();

      const error = await rejectionOf(repository().delete(ownerId, missing), TodoNotFoundError);

      expect(error).toMatchObject({ code: 'repository.not-found', todoId: missing });
    });

    it('refuses a stale expected version and keeps the todo', async () => {
      const original = newTodo(uniqueOwner());
      await repository().create(original);
      const edited = retitled(original, 'Edited');
      await repository().save(edited, original.version);

      const error = await rejectionOf(
        repository().delete(original.ownerId, original.id, { expectedVersion: original.version }),
        VersionConflictError,
      );

      expect(error).toMatchObject({ todoId: original.id, expectedVersion: original.version });
      expect([null, edited.version]).toContain(error.actualVersion);
      expect(await repository().get(original.ownerId, original.id)).toEqual(edited);
    });

    it("refuses to delete another owner's todo and leaves it in place", async () => {
      const todo = newTodo(uniqueOwner('owner'));
      await repository().create(todo);

      const error = await rejectionOf(
        repository().delete(uniqueOwner('stranger'), todo.id),
        TodoNotFoundError,
      );

      expect(error.todoId).toBe(todo.id);
      expect(await repository().get(todo.ownerId, todo.id)).toEqual(todo);
    });
  });
};
