import { describe, expect, expectTypeOf, it } from 'vitest';
import { createTodo } from './create-todo.js';
import { parseDescription } from './description.js';
import { parseDueDate } from './due-date.js';
import { domainErrorCodes, type DomainError, type DomainErrorCode } from './errors.js';
import { parseInstant, type Instant } from './instant.js';
import { parseOwnerId } from './owner-id.js';
import type { Result } from './result.js';
import { parseTitle } from './title.js';
import { parseTodoId } from './todo-id.js';
import { parseTodo, toTodoSnapshot } from './todo-snapshot.js';
import { completeTodo, updateTodo } from './update-todo.js';

// Fails to compile if a code is added to DomainError but not to domainErrorCodes.
type UnlistedCode = Exclude<DomainErrorCode, (typeof domainErrorCodes)[number]>;
const everyCodeListed: [UnlistedCode] extends [never] ? true : false = true;

const valueOf = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}`);
  return result.value;
};

const now = valueOf(parseInstant('2026-03-01T10:00:00.000Z'));
const later: Instant = valueOf(parseInstant('2026-03-01T11:00:00.000Z'));
const { todo } = createTodo(
  {
    id: valueOf(parseTodoId('todo-1')),
    ownerId: valueOf(parseOwnerId('owner-1')),
    title: valueOf(parseTitle('Buy milk')),
  },
  now,
);
const completed = completeTodo(todo, later).todo;

// One way to provoke each code. `Record` makes the compiler demand an entry for every code.
const provoke: Record<DomainErrorCode, () => Result<unknown, DomainError>> = {
  'todo.id-invalid': () => parseTodoId('a/b'),
  'todo.owner-id-invalid': () => parseOwnerId(''),
  'todo.title-empty': () => parseTitle(' '),
  'todo.title-too-long': () => parseTitle('a'.repeat(51)),
  'todo.title-control-character': () => parseTitle('a\u0000'),
  'todo.description-empty': () => parseDescription(' '),
  'todo.description-too-long': () => parseDescription('a'.repeat(1001)),
  'todo.description-control-character': () => parseDescription('a\u0000'),
  'todo.due-date-invalid': () => parseDueDate('2026-02-30'),
  'todo.timestamp-invalid': () => parseInstant('2026-03-01'),
  'todo.completed-not-editable': () =>
    updateTodo(completed, { title: valueOf(parseTitle('Buy oat milk')) }, later),
  'todo.cannot-uncomplete': () => updateTodo(completed, { completed: false }, later),
  'todo.snapshot-invalid': () => parseTodo({ ...toTodoSnapshot(todo), version: 0 }),
};

describe('domainErrorCodes', () => {
  it('lists exactly the codes of DomainError', () => {
    expect(everyCodeListed).toBe(true);
    expectTypeOf<(typeof domainErrorCodes)[number]>().toEqualTypeOf<DomainErrorCode>();
    expect([...domainErrorCodes].sort()).toEqual(Object.keys(provoke).sort());
  });

  it('lists each code once', () => {
    expect(new Set(domainErrorCodes).size).toBe(domainErrorCodes.length);
  });

  it.each(domainErrorCodes)('names %s in dotted, lower-case form', (code) => {
    expect(code).toMatch(/^todo\.[a-z]+(?:-[a-z]+)*$/);
  });

  it.each(domainErrorCodes)('can be produced: %s', (code) => {
    const result = provoke[code]();

    expect(result.ok ? undefined : result.error.code).toBe(code);
  });
});
