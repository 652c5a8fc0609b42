import { describe, expect, it } from 'vitest';
import { createTodo, type NewTodo } from './create-todo.js';
import { parseDescription } from './description.js';
import { parseDueDate } from './due-date.js';
import type { DomainError } from './errors.js';
import { todoEventId } from './events.js';
import { parseInstant } from './instant.js';
import { parseOwnerId } from './owner-id.js';
import type { Result } from './result.js';
import { parseTitle } from './title.js';
import { parseTodoId } from './todo-id.js';

const valueOf = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}`);
  return result.value;
};

// Drops `readonly` from the type only, so a test can try the write that freezing must stop.
const writable = <T>(value: T): { -readonly [K in keyof T]: T[K] } => value;

const now = valueOf(parseInstant('2026-03-01T10:00:00.000Z'));
const input: NewTodo = {
  id: valueOf(parseTodoId('todo-1')),
  ownerId: valueOf(parseOwnerId('owner-1')),
  title: valueOf(parseTitle('Buy milk')),
};

describe('createTodo', () => {
  it('creates an incomplete todo at version 1, created and updated now', () => {
    const { todo } = createTodo(input, now);

    expect(todo).toEqual({
      id: input.id,
      ownerId: input.ownerId,
      title: input.title,
      description: null,
      dueDate: null,
      status: 'incomplete',
      completedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
  });

  it('keeps a given description and due date', () => {
    const description = valueOf(parseDescription('Semi-skimmed'));
    const dueDate = valueOf(parseDueDate('2026-03-02'));

    const { todo } = createTodo({ ...input, description, dueDate }, now);

    expect(todo.description).toBe(description);
    expect(todo.dueDate).toBe(dueDate);
  });

  it('treats an explicit null description and due date as none', () => {
    const { todo } = createTodo({ ...input, description: null, dueDate: null }, now);

    expect(todo.description).toBeNull();
    expect(todo.dueDate).toBeNull();
  });

  it('reports exactly one TodoCreated event at version 1', () => {
    const { events } = createTodo(input, now);

    expect(events).toEqual([
      {
        type: 'TodoCreated',
        id: todoEventId(input.id, 1, 'TodoCreated'),
        todoId: input.id,
        ownerId: input.ownerId,
        version: 1,
        occurredAt: now,
      },
    ]);
  });

  it('freezes the todo, the event list and the event', () => {
    const change = createTodo(input, now);
    const [created] = change.events;

    expect(Object.isFrozen(change)).toBe(true);
    expect(Object.isFrozen(change.todo)).toBe(true);
    expect(Object.isFrozen(change.events)).toBe(true);
    expect(Object.isFrozen(created)).toBe(true);
    expect(() => {
      writable(change.todo).version = 2;
    }).toThrow(TypeError);
    expect(() => {
      writable(change.events).length = 0;
    }).toThrow(TypeError);
    expect(change.todo.version).toBe(1);
  });
});
