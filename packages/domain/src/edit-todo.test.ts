import { describe, expect, it } from 'vitest';
import { createTodo } from './create-todo.js';
import { parseDescription } from './description.js';
import { parseDueDate } from './due-date.js';
import type { DomainError } from './errors.js';
import { todoEventId } from './events.js';
import { parseInstant } from './instant.js';
import { parseOwnerId } from './owner-id.js';
import type { Result } from './result.js';
import { parseTitle } from './title.js';
import type { EditableField, Todo } from './todo.js';
import { isChanged } from './todo-change.js';
import { parseTodoId } from './todo-id.js';
import { completeTodo, editTodo, type TodoUpdate } from './update-todo.js';

const valueOf = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}`);
  return result.value;
};

const createdAt = valueOf(parseInstant('2026-03-01T10:00:00.000Z'));
const now = valueOf(parseInstant('2026-03-01T11:00:00.000Z'));
const title = valueOf(parseTitle('Buy milk'));
const description = valueOf(parseDescription('Semi-skimmed'));
const dueDate = valueOf(parseDueDate('2026-03-02'));

const { todo } = createTodo(
  {
    id: valueOf(parseTodoId('todo-1')),
    ownerId: valueOf(parseOwnerId('owner-1')),
    title,
    description,
    dueDate,
  },
  createdAt,
);
const completed = completeTodo(todo, createdAt).todo;

const newTitle = valueOf(parseTitle('Buy oat milk'));
const newDescription = valueOf(parseDescription('Two litres'));
const newDueDate = valueOf(parseDueDate('2026-03-03T18:00+01:00'));

const edits: [string, Pick<TodoUpdate, EditableField>, Partial<Todo>][] = [
  ['the title', { title: newTitle }, { title: newTitle }],
  ['the description', { description: newDescription }, { description: newDescription }],
  ['the due date', { dueDate: newDueDate }, { dueDate: newDueDate }],
  ['a cleared description', { description: null }, { description: null }],
  ['a cleared due date', { dueDate: null }, { dueDate: null }],
  [
    'the title and due date',
    { title: newTitle, dueDate: newDueDate },
    { title: newTitle, dueDate: newDueDate },
  ],
];

describe('editTodo', () => {
  it.each(edits)('changes only %s, as version 2 updated now', (_case, edit, expectedFields) => {
    const { todo: edited } = valueOf(editTodo(todo, edit, now));

    expect(edited).toEqual({ ...todo, ...expectedFields, updatedAt: now, version: 2 });
    expect(edited.createdAt).toBe(createdAt);
  });

  it.each(edits)('reports %s in one TodoEdited event', (_case, edit) => {
    const { events } = valueOf(editTodo(todo, edit, now));

    expect(events).toEqual([
      {
        type: 'TodoEdited',
        id: todoEventId(todo.id, 2, 'TodoEdited'),
        todoId: todo.id,
        ownerId: todo.ownerId,
        version: 2,
        occurredAt: now,
        changedFields: Object.keys(edit),
      },
    ]);
  });

  it('names only the fields whose values differ', () => {
    const { events } = valueOf(
      editTodo(todo, { title, description: newDescription, dueDate }, now),
    );

    expect(events.map((event) => event.type === 'TodoEdited' && event.changedFields)).toEqual([
      ['description'],
    ]);
  });

  it.each([
    ['no fields', {}],
    ['the same title', { title }],
    ['the same values for every field', { title, description, dueDate }],
  ])('treats an edit of %s as no change', (_case, edit) => {
    const change = valueOf(editTodo(todo, edit, now));

    expect(change.todo).toBe(todo);
    expect(change.events).toEqual([]);
    expect(isChanged(change)).toBe(false);
  });

  it('treats clearing an already empty field as no change', () => {
    const bare = valueOf(editTodo(todo, { description: null, dueDate: null }, now)).todo;

    const change = valueOf(editTodo(bare, { description: null, dueDate: null }, now));

    expect(change.todo).toBe(bare);
    expect(change.events).toEqual([]);
  });

  it.each(edits)('refuses to change %s of a completed todo', (_case, edit) => {
    expect(editTodo(completed, edit, now)).toEqual({
      ok: false,
      error: { code: 'todo.completed-not-editable' },
    });
  });

  it('lets an edit with the same values through on a completed todo, changing nothing', () => {
    const change = valueOf(editTodo(completed, { title, description, dueDate }, now));

    expect(change.todo).toBe(completed);
    expect(change.events).toEqual([]);
  });

  it('ignores a completed flag smuggled into an edit at run time', () => {
    const smuggled = { title: newTitle, completed: true };

    const change = valueOf(editTodo(todo, smuggled, now));

    expect(change.todo.status).toBe('incomplete');
    expect(change.todo.completedAt).toBeNull();
    expect(change.events.map((event) => event.type)).toEqual(['TodoEdited']);
  });

  it('ignores a smuggled un-complete on a completed todo', () => {
    const smuggled = { title, completed: false };

    const change = valueOf(editTodo(completed, smuggled, now));

    expect(change.todo).toBe(completed);
  });

  it('freezes the edited todo, its event and the changed field names', () => {
    const change = valueOf(editTodo(todo, { title: newTitle }, now));
    const [edited] = change.events;

    expect(Object.isFrozen(change.todo)).toBe(true);
    expect(Object.isFrozen(change.events)).toBe(true);
    expect(Object.isFrozen(edited)).toBe(true);
    expect(edited?.type === 'TodoEdited' && Object.isFrozen(edited.changedFields)).toBe(true);
  });

  it('leaves the original todo as it was', () => {
    const before = { ...todo };

    editTodo(todo, { title: newTitle, description: null }, now);

    expect(todo).toEqual(before);
  });
});
