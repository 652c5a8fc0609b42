import { describe, expect, it } from 'vitest';
import { createTodo } from './create-todo.js';
import type { DomainError } from './errors.js';
import { todoEventId } from './events.js';
import { parseInstant } from './instant.js';
import { parseOwnerId } from './owner-id.js';
import type { Result } from './result.js';
import { parseTitle } from './title.js';
import { parseTodoId } from './todo-id.js';
import { completeTodo, updateTodo } from './update-todo.js';

const valueOf = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}`);
  return result.value;
};

const createdAt = valueOf(parseInstant('2026-03-01T10:00:00.000Z'));
const now = valueOf(parseInstant('2026-03-01T11:00:00.000Z'));
const later = valueOf(parseInstant('2026-03-01T12:00:00.000Z'));
const title = valueOf(parseTitle('Buy milk'));
const newTitle = valueOf(parseTitle('Buy oat milk'));
const { todo } = createTodo(
  { id: valueOf(parseTodoId('todo-1')), ownerId: valueOf(parseOwnerId('owner-1')), title },
  createdAt,
);
const completed = completeTodo(todo, now).todo;

describe('updateTodo', () => {
  it('completes with completed: true, like completeTodo', () => {
    expect(updateTodo(todo, { completed: true }, now)).toEqual({
      ok: true,
      value: completeTodo(todo, now),
    });
  });

  it('applies an edit and a completion as one change, one version up', () => {
    const { todo: next, events } = valueOf(
      updateTodo(todo, { title: newTitle, completed: true }, now),
    );

    expect(next).toEqual({
      ...todo,
      title: newTitle,
      status: 'complete',
      completedAt: now,
      updatedAt: now,
      version: todo.version + 1,
    });
    expect(events.map((event) => [event.type, event.version, event.occurredAt])).toEqual([
      ['TodoEdited', todo.version + 1, now],
      ['TodoCompleted', todo.version + 1, now],
    ]);
  });

  it('gives the events of one change different ids, derived from todo id, version and type', () => {
    const { events } = valueOf(updateTodo(todo, { title: newTitle, completed: true }, now));
    const ids = events.map((event) => event.id);

    expect(ids).toEqual([
      todoEventId(todo.id, todo.version + 1, 'TodoEdited'),
      todoEventId(todo.id, todo.version + 1, 'TodoCompleted'),
    ]);
    expect(new Set(ids).size).toBe(2);
  });

  it('gives a retried change the same event ids, whenever it runs', () => {
    const first = valueOf(updateTodo(todo, { title: newTitle }, now));
    const retry = valueOf(updateTodo(todo, { title: newTitle }, later));

    expect(retry.events.map((event) => event.id)).toEqual(first.events.map((event) => event.id));
  });

  it('gives successive changes different event ids', () => {
    const first = valueOf(updateTodo(todo, { title: newTitle }, now));
    const second = valueOf(updateTodo(first.todo, { title }, later));

    expect(second.events[0]?.id).not.toBe(first.events[0]?.id);
  });

  it('changes nothing on completed: false for an incomplete todo', () => {
    const change = valueOf(updateTodo(todo, { completed: false }, now));

    expect(change.todo).toBe(todo);
    expect(change.events).toEqual([]);
  });

  it('applies an edit alongside completed: false, leaving the todo incomplete', () => {
    const { todo: next, events } = valueOf(
      updateTodo(todo, { title: newTitle, completed: false }, now),
    );

    expect(next.status).toBe('incomplete');
    expect(next.title).toBe(newTitle);
    expect(events.map((event) => event.type)).toEqual(['TodoEdited']);
  });

  it.each([
    ['alone', { completed: false }],
    ['with an edit', { title: newTitle, completed: false }],
  ])('refuses completed: false on a completed todo, %s', (_case, update) => {
    expect(updateTodo(completed, update, later)).toEqual({
      ok: false,
      error: { code: 'todo.cannot-uncomplete' },
    });
  });

  it('refuses an edit with completed: true on a completed todo', () => {
    expect(updateTodo(completed, { title: newTitle, completed: true }, later)).toEqual({
      ok: false,
      error: { code: 'todo.completed-not-editable' },
    });
  });

  it('changes nothing on completed: true with unchanged fields for a completed todo', () => {
    const change = valueOf(updateTodo(completed, { title, completed: true }, later));

    expect(change.todo).toBe(completed);
    expect(change.events).toEqual([]);
  });
});
