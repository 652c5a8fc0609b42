// Run with `node` in a project that installed the libraries from a registry: the CommonJS builds.
const assert = require('node:assert/strict');
const { InMemoryEventPublisher, InMemoryTodoRepository } = require('@todo/adapter-memory');
const { createTodoService } = require('@todo/application');
const { parseOwnerId, parseTodoId } = require('@todo/domain');
const { InvalidCursorError, VersionConflictError, useCaseErrorCodes } = require('@todo/ports');

async function main() {
  assert.match(require.resolve('@todo/domain'), /\/dist\/index\.cjs$/, 'loads the CJS build');

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
  const ownerId = 'consumer-cjs';

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

  // Errors the CommonJS adapter throws are instances of the classes @todo/ports exports.
  const owner = parseOwnerId(ownerId);
  assert.ok(owner.ok);
  await assert.rejects(repository.list(owner.value, { limit: 1, cursor: 'garbage' }), (error) => {
    assert.ok(error instanceof InvalidCursorError, 'instanceof InvalidCursorError');
    assert.equal(error.code, 'repository.invalid-cursor');
    return true;
  });
  const stored = await repository.get(owner.value, todoId);
  assert.ok(stored);
  await assert.rejects(repository.save(stored, stored.version - 1), (error) => {
    assert.ok(error instanceof VersionConflictError, 'instanceof VersionConflictError');
    return true;
  });

  console.log('CJS: created, edited, completed; the edit of a complete todo was refused');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
