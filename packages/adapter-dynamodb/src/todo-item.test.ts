import {
  completeTodo,
  createTodo,
  instantFromDate,
  parseDescription,
  parseDueDate,
  parseOwnerId,
  parseTitle,
  parseTodoId,
  type DomainError,
  type Result,
} from '@todo/domain';
import { CorruptTodoError } from '@todo/ports';
import { describe, expect, it } from 'vitest';
import { fromTodoItem, toTodoItem } from './todo-item.js';

const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`invalid fixture: ${result.error.code}`);
  return result.value;
};

const ownerId = valid(parseOwnerId('Owner#1'));
const created = createTodo(
  {
    id: valid(parseTodoId('t-0001')),
    ownerId,
    title: valid(parseTitle('Pay rent')),
    description: valid(parseDescription('Before the 5th')),
    dueDate: valid(parseDueDate('2026-12-05')),
  },
  instantFromDate(new Date('2026-12-01T09:00:00.000Z')),
).todo;
const completed = completeTodo(created, instantFromDate(new Date('2026-12-02T09:00:00.000Z'))).todo;
const bare = createTodo(
  { id: valid(parseTodoId('t-0002')), ownerId, title: valid(parseTitle('Call Bob')) },
  instantFromDate(new Date('2026-12-01T09:00:00.000Z')),
).todo;

/** A well-formed stored item, written out by hand, to break one attribute at a time. */
const goodItem = {
  pk: 'OWNER#Owner#1',
  sk: 'TODO#t-0001',
  statusPk: 'OWNER#Owner#1#open',
  title: 'Pay rent',
  description: 'Before the 5th',
  dueDate: '2026-12-05',
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  version: 1,
};

const corruptionOf = (item: Record<string, unknown>): CorruptTodoError => {
  try {
    fromTodoItem(ownerId, item);
  } catch (error) {
    if (error instanceof CorruptTodoError) return error;
    throw error;
  }
  throw new Error('expected the item to be refused');
};

describe('todo item mapping', () => {
  it('writes the hand-written layout for an open todo', () => {
    expect(toTodoItem(created)).toEqual(goodItem);
  });

  it.each([
    ['an open todo with every field', created],
    ['a completed todo', completed],
    ['a todo without description or due date', bare],
  ])('reads back %s unchanged', (_, todo) => {
    expect(fromTodoItem(ownerId, toTodoItem(todo))).toEqual(todo);
  });

  it('reads attributes stored as NULL as absent', () => {
    const item = { ...goodItem, description: null, dueDate: null, completedAt: null };

    expect(fromTodoItem(ownerId, item)).toMatchObject({ description: null, dueDate: null });
  });

  it.each([
    ['a partition key of another owner', { pk: 'OWNER#someone' }, 'pk'],
    ['a sort key of another record type', { sk: 'IDEMPOTENCY#t-0001' }, 'sk'],
    ['an id that is not a todo id', { sk: 'TODO#bad id' }, 'id'],
    ['a missing title', { title: undefined }, 'title'],
    ['a title that is a number', { title: 42 }, 'title'],
    ['an empty title', { title: '' }, 'title'],
    ['a description that is a list', { description: ['x'] }, 'description'],
    ['a due date that is no date', { dueDate: '2026-02-30' }, 'dueDate'],
    ['a creation time that is no instant', { createdAt: 'yesterday' }, 'createdAt'],
    ['an update before the creation', { updatedAt: '2026-11-30T09:00:00.000Z' }, 'updatedAt'],
    ['a version stored as a string', { version: '1' }, 'version'],
    ['a version of 0', { version: 0 }, 'version'],
    ['a status key of the other status', { statusPk: 'OWNER#Owner#1#completed' }, 'statusPk'],
    ['a missing status key', { statusPk: undefined }, 'statusPk'],
  ])('refuses an item with %s, naming the key and field', (_, change, field) => {
    const error = corruptionOf({ ...goodItem, ...change });

    expect(error).toMatchObject({ code: 'repository.corrupt-item', field });
    expect(error.key).toMatch(/^OWNER#Owner#1\/TODO#/);
  });

  it('keeps the stored values out of the error message', () => {
    const error = corruptionOf({ ...goodItem, description: 'Secret plans', version: -1 });

    expect(error.message).toContain('OWNER#Owner#1/TODO#t-0001');
    expect(error.message).not.toContain('Secret plans');
  });
});
