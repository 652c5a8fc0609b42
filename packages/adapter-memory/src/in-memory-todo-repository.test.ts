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

  it('hands out todos that share no object with the store', async () => {
    const repository = new InMemoryTodoRepository();
    const todo = todoNumber(1);
    await repository.create(todo);

    const first = await repository.get(ownerId, todo.id);
    const second = await repository.get(ownerId, todo.id);

    expect(first).toEqual(todo);
    expect(first).not.toBe(todo);
    expect(first).not.toBe(second);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
