// Run with `node` in a project that installed the libraries from a registry: the ESM builds.
import assert from 'node:assert/strict';
import { InMemoryEventPublisher, InMemoryTodoRepository } from '@todo/adapter-memory';
import { createTodoService } from '@todo/application';
import { parseOwnerId, parseTodoId } from '@todo/domain';
import { InvalidCursorError, useCaseErrorCodes } from '@todo/ports';

assert.match(import.meta.resolve('@todo/domain'), /\/dist\/index\.js$/, 'loads the ESM build');

let sequence = 0;
const repository = new InMemoryTodoRepository();
const events = new InMemoryEventPublisher();
const todos = createTodoService({
  repository,
  events,
  clock: { now: () => new Date('2026-05-01T09:00:00.000Z') },
  ids: {
    next() {
      sequence += 1;
      const id = parseTodoId(`todo-${String(sequence).padStart(10, '0')}`);
      if (!id.ok) throw new Error(id.error.code);
      return id.value;
    },
  },
});
const ownerId = 'consumer-esm';

const created = await todos.createTodo({ ownerId, title: 'Buy milk' });
assert.ok(created.ok, 'creates a todo');
const todoId = created.value.id;

const edited = await todos.updateTodo({ ownerId, todoId, title: 'Buy oat milk' });
assert.ok(edited.ok, 'edits it');
assert.equal(edited.value.title, 'Buy oat milk');

const completed = await todos.completeTodo({ ownerId, todoId });
assert.ok(completed.ok, 'completes it');
assert.equal(completed.value.completed, true);
assert.equal(completed.value.version, 3);

const refused = await todos.updateTodo({ ownerId, todoId, title: 'Buy tea' });
assert.deepEqual(refused, { ok: false, error: { code: 'todo.completed-not-editable' } });
assert.ok(useCaseErrorCodes.includes(refused.error.code));
assert.deepEqual(
  events.events.map((event) => event.type),
  ['TodoCreated', 'TodoEdited', 'TodoCompleted'],
);

// The adapter throws the class @todo/ports exports, not a copy of it.
const owner = parseOwnerId(ownerId);
assert.ok(owner.ok);
await assert.rejects(repository.list(owner.value, { limit: 1, cursor: 'garbage' }), (error) => {
  assert.ok(error instanceof InvalidCursorError, 'instanceof InvalidCursorError');
  assert.equal(error.code, 'repository.invalid-cursor');
  return true;
});

console.log('ESM: created, edited, completed; the edit of a complete todo was refused');
