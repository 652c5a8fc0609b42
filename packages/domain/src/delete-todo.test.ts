import { describe, expect, it } from 'vitest';
import { createTodo } from './create-todo.js';
import { deleteTodo } from './delete-todo.js';
import type { DomainError } from './errors.js';
import { todoEventId } from './events.js';
import { parseInstant } from './instant.js';
import { parseOwnerId } from './owner-id.js';
import type { Result } from './result.js';
import { parseTitle } from './title.js';
import { parseTodoId } from './todo-id.js';
import { completeTodo, editTodo } from './update-todo.js';

const valueOf = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}`);
  return result.value;
};

const createdAt = valueOf(parseInstant('2026-03-01T10:00:00.000Z'));
const now = valueOf(parseInstant('2026-03-01T11:00:00.000Z'));
const later = valueOf(parseInstant('2026-03-01T12:00:00.000Z'));
const created = createTodo(
  {
    id: valueOf(parseTodoId('todo-1')),
    ownerId: valueOf(parseOwnerId('owner-1')),
    title: valueOf(parseTitle('Buy milk')),
  },
  createdAt,
);
const edited = valueOf(editTodo(created.todo, { title: valueOf(parseTitle('Buy bread')) }, now));
const completed = completeTodo(edited.todo, now);

describe('deleteTodo', () => {
  it.each([
    ['an incomplete todo', edited.todo],
    ['a completed todo', completed.todo],
  ])('reports TodoDeleted one version past %s', (_case, todo) => {
    expect(deleteTodo(todo, later)).toEqual({
      type: 'TodoDeleted',
      id: todoEventId(todo.id, todo.version + 1, 'TodoDeleted'),
      todoId: todo.id,
      ownerId: todo.ownerId,
      version: todo.version + 1,
      occurredAt: later,
    });
  });

  it('gives an event id that no earlier event of the todo had', () => {
    const history = [...created.events, ...edited.events, ...completed.events];

    const deleted = deleteTodo(completed.todo, later);

    expect(history.map((event) => event.id)).not.toContain(deleted.id);
  });

  it('freezes the event', () => {
    expect(Object.isFrozen(deleteTodo(edited.todo, later))).toBe(true);
  });
});
