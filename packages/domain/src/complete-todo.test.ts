import { describe, expect, it } from 'vitest';
import { createTodo } from './create-todo.js';
import { parseDescription } from './description.js';
import type { DomainError } from './errors.js';
import { todoEventId } from './events.js';
import { parseInstant } from './instant.js';
import { parseOwnerId } from './owner-id.js';
import type { Result } from './result.js';
import { parseTitle } from './title.js';
import { parseTodoId } from './todo-id.js';
import { completeTodo } from './update-todo.js';

const valueOf = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}`);
  return result.value;
};

// Drops `readonly` from the type only, so a test can try the write that freezing must stop.
const writable = <T>(value: T): { -readonly [K in keyof T]: T[K] } => value;

const createdAt = valueOf(parseInstant('2026-03-01T10:00:00.000Z'));
const now = valueOf(parseInstant('2026-03-01T11:00:00.000Z'));
const later = valueOf(parseInstant('2026-03-01T12:00:00.000Z'));
const { todo } = createTodo(
  {
    id: valueOf(parseTodoId('todo-1')),
    ownerId: valueOf(parseOwnerId('owner-1')),
    title: valueOf(parseTitle('Buy milk')),
    description: valueOf(parseDescription('Semi-skimmed')),
  },
  createdAt,
);

describe('completeTodo', () => {
  it('marks the todo complete now, as the next version', () => {
    const { todo: done } = completeTodo(todo, now);

    expect(done).toEqual({
      ...todo,
      status: 'complete',
      completedAt: now,
      updatedAt: now,
      version: todo.version + 1,
    });
  });

  it('reports one TodoCompleted event at the new version', () => {
    const { events } = completeTodo(todo, now);

    expect(events).toEqual([
      {
        type: 'TodoCompleted',
        id: todoEventId(todo.id, todo.version + 1, 'TodoCompleted'),
        todoId: todo.id,
        ownerId: todo.ownerId,
        version: todo.version + 1,
        occurredAt: now,
      },
    ]);
  });

  it('changes nothing when the todo is already complete', () => {
    const done = completeTodo(todo, now).todo;

    const again = completeTodo(done, later);

    expect(again.todo).toBe(done);
    expect(again.events).toEqual([]);
    expect(again.todo.completedAt).toBe(now);
  });

  it('freezes the completed todo and its event', () => {
    const change = completeTodo(todo, now);

    expect(Object.isFrozen(change.todo)).toBe(true);
    expect(Object.isFrozen(change.events[0])).toBe(true);
    expect(() => {
      writable(change.todo).status = 'incomplete';
    }).toThrow(TypeError);
    expect(change.todo.status).toBe('complete');
  });
});
