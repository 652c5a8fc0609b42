import { describe, expect, it } from 'vitest';
import { createTodo } from './create-todo.js';
import { parseDescription } from './description.js';
import { parseDueDate } from './due-date.js';
import type { DomainError } from './errors.js';
import { parseInstant } from './instant.js';
import { parseOwnerId } from './owner-id.js';
import type { Result } from './result.js';
import { parseTitle } from './title.js';
import { parseTodo, toTodoSnapshot, type TodoSnapshot } from './todo-snapshot.js';
import { parseTodoId } from './todo-id.js';
import { completeTodo } from './update-todo.js';

const valueOf = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}`);
  return result.value;
};

const createdAt = valueOf(parseInstant('2026-03-01T10:00:00.000Z'));
const now = valueOf(parseInstant('2026-03-01T11:00:00.000Z'));
const bare = createTodo(
  {
    id: valueOf(parseTodoId('todo-1')),
    ownerId: valueOf(parseOwnerId(' Owner 1 ')),
    title: valueOf(parseTitle('Buy milk')),
  },
  createdAt,
).todo;
const full = createTodo(
  {
    ...bare,
    description: valueOf(parseDescription('Semi-skimmed,\ntwo litres')),
    dueDate: valueOf(parseDueDate('2026-03-02T18:00+01:00')),
  },
  createdAt,
).todo;
const completed = completeTodo(full, now).todo;

describe('toTodoSnapshot and parseTodo', () => {
  it.each([
    ['an incomplete todo without description or due date', bare],
    ['an incomplete todo with description and due date', full],
    ['a completed todo', completed],
  ])('round-trip %s', (_case, todo) => {
    expect(parseTodo(toTodoSnapshot(todo))).toEqual({ ok: true, value: todo });
  });

  it('survive a trip through JSON, as a store would make', () => {
    const stored: TodoSnapshot = JSON.parse(JSON.stringify(toTodoSnapshot(completed)));

    expect(parseTodo(stored)).toEqual({ ok: true, value: completed });
  });

  it('tell the status from completedAt', () => {
    const snapshot = toTodoSnapshot(full);

    expect(valueOf(parseTodo(snapshot)).status).toBe('incomplete');
    expect(valueOf(parseTodo({ ...snapshot, completedAt: now, updatedAt: now })).status).toBe(
      'complete',
    );
  });

  it('freeze the parsed todo', () => {
    expect(Object.isFrozen(valueOf(parseTodo(toTodoSnapshot(full))))).toBe(true);
  });
});

describe('parseTodo', () => {
  const snapshot = toTodoSnapshot(completed);

  it.each<[string, keyof TodoSnapshot, Partial<TodoSnapshot>]>([
    ['an id with a slash', 'id', { id: 'a/b' }],
    ['an empty owner id', 'ownerId', { ownerId: '' }],
    ['an untrimmed title', 'title', { title: ' Buy milk' }],
    ['an empty title', 'title', { title: '' }],
    ['a title of 51 code points', 'title', { title: 'a'.repeat(51) }],
    ['a title with a control character', 'title', { title: 'Buy\u0007milk' }],
    ['an untrimmed description', 'description', { description: 'Two litres\n' }],
    ['an empty description', 'description', { description: '' }],
    ['a description with NUL', 'description', { description: 'a\u0000b' }],
    ['an impossible due date', 'dueDate', { dueDate: '2026-02-30' }],
    ['a due date without an offset', 'dueDate', { dueDate: '2026-03-02T18:00' }],
    ['a date-only createdAt', 'createdAt', { createdAt: '2026-03-01' }],
    ['a bad updatedAt', 'updatedAt', { updatedAt: 'soon' }],
    ['updatedAt before createdAt', 'updatedAt', { updatedAt: '2026-03-01T09:59:59.999Z' }],
    ['a bad completedAt', 'completedAt', { completedAt: '2026-03-01T11:00:00Z' }],
    ['a completedAt before the last update', 'completedAt', { completedAt: createdAt }],
    ['version 0', 'version', { version: 0 }],
    ['a negative version', 'version', { version: -1 }],
    ['version 1.5', 'version', { version: 1.5 }],
    ['a NaN version', 'version', { version: Number.NaN }],
    ['an infinite version', 'version', { version: Number.POSITIVE_INFINITY }],
    ['a version past the safe integers', 'version', { version: 2 ** 53 }],
  ])('rejects %s, naming the field', (_case, field, corruption) => {
    expect(parseTodo({ ...snapshot, ...corruption })).toEqual({
      ok: false,
      error: { code: 'todo.snapshot-invalid', field },
    });
  });

  it('accepts updatedAt equal to createdAt', () => {
    const sameTimes = {
      updatedAt: snapshot.createdAt,
      completedAt: snapshot.completedAt && snapshot.createdAt,
    };
    expect(parseTodo({ ...snapshot, ...sameTimes }).ok).toBe(true);
  });
});
