import {
  createTodo,
  instantFromDate,
  parseOwnerId,
  parseTitle,
  parseTodoId,
  type DomainError,
  type Result,
} from '@todo/domain';
import { InvalidCursorError } from '@todo/ports';
import { describeTodoRepositoryContract } from '@todo/ports/testing';
import { describe, expect, it } from 'vitest';
import { InMemoryTodoRepository } from './in-memory-todo-repository.js';

describeTodoRepositoryContract('InMemoryTodoRepository', {
  setup: () => new InMemoryTodoRepository(),
});

const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

const ownerId = valid(parseOwnerId('owner-1'));
const todoNumber = (n: number) =>
  createTodo(
    {
      id: valid(parseTodoId(`todo-${n}`)),
      ownerId,
      title: valid(parseTitle(`Todo ${n}`)),
    },
    instantFromDate(new Date('2026-03-01T10:00:00.000Z')),
  ).todo;

describe('InMemoryTodoRepository', () => {
  it('refuses a cursor issued by another instance', async () => {
    const issuer = new InMemoryTodoRepository();
    const other = new InMemoryTodoRepository();
    for (const repository of [issuer, other]) {
      await repository.create(todoNumber(1));
      await repository.create(todoNumber(2));
    }
    const { nextCursor } = await issuer.list(ownerId, { limit: 1 });

    await expect(other.list(ownerId, { limit: 1, cursor: nextCursor ?? '' })).rejects.toThrow(
      InvalidCursorError,
    );
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a limit of %s', async (limit) => {
    const repository = new InMemoryTodoRepository();

    await expect(repository.list(ownerId, { limit })).rejects.toThrow(RangeError);
  });

  it('hands out frozen todos that later writes leave as they were', async () => {
    const repository = new InMemoryTodoRepository();
    const todo = todoNumber(1);
    await repository.create(todo);

    const before = await repository.get(ownerId, todo.id);
    const edited = { ...todo, title: valid(parseTitle('Edited')), version: 2 };
    await repository.save(edited, 1);
    const after = await repository.get(ownerId, todo.id);

    expect(before).toEqual(todo);
    expect(Object.isFrozen(before)).toBe(true);
    expect(after).toEqual(edited);
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(edited)).toBe(false);
  });

  it('lists in id order whatever order the todos were created in', async () => {
    const repository = new InMemoryTodoRepository();
    for (const n of [5, 1, 9, 3, 7]) await repository.create(todoNumber(n));
    await repository.delete(ownerId, todoNumber(3).id);

    const first = await repository.list(ownerId, { limit: 2 });
    const rest = await repository.list(ownerId, { limit: 10, cursor: first.nextCursor ?? '' });

    expect([...first.items, ...rest.items].map((item) => item.id)).toEqual([
      'todo-1',
      'todo-5',
      'todo-7',
      'todo-9',
    ]);
    expect(rest.nextCursor).toBeNull();
  });
});
