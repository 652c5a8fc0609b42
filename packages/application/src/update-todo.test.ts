import { completeTodo, instantFromDate, parseTitle, updateTodo } from '@todo/domain';
import { StoreUnavailableError, VersionConflictError } from '@todo/ports';
import { describe, expect, it } from 'vitest';
import { alice, bob, harness, valid } from './test-support/todo-service-harness.js';
import { toTodoView } from './to-todo-view.js';

const later = instantFromDate(new Date('2026-06-01T00:00:00.000Z'));

describe('updateTodo', () => {
  it('edits the todo with a read and a conditional save, then publishes TodoEdited', async () => {
    const { todos, seed, repository, events, journal } = harness();
    const todo = seed(alice, { title: 'Old title', description: 'Keep me' });

    const result = await todos.updateTodo({
      ownerId: 'alice',
      todoId: todo.id,
      title: ' New title ',
      dueDate: '2026-04-01',
    });

    expect(result).toMatchObject({
      ok: true,
      value: { title: 'New title', description: 'Keep me', dueDate: '2026-04-01', version: 2 },
    });
    expect(journal).toEqual(['get', 'save', 'publish TodoEdited']);
    expect(repository.stored('alice', todo.id)).toMatchObject({ title: 'New title', version: 2 });
    expect(events.events).toEqual([
      expect.objectContaining({
        type: 'TodoEdited',
        changedFields: ['title', 'dueDate'],
        version: 2,
      }),
    ]);
  });

  it('edits and completes in one change: one version, TodoEdited then TodoCompleted', async () => {
    const { todos, seed, journal } = harness();
    const todo = seed(alice);

    const result = await todos.updateTodo({
      ownerId: 'alice',
      todoId: todo.id,
      title: 'Last words',
      completed: true,
    });

    expect(result).toMatchObject({ ok: true, value: { completed: true, version: 2 } });
    expect(journal).toEqual(['get', 'save', 'publish TodoEdited TodoCompleted']);
  });

  it('clears the description when it is null', async () => {
    const { todos, seed } = harness();
    const todo = seed(alice, { description: 'Soon gone' });

    const result = await todos.updateTodo({ ownerId: 'alice', todoId: todo.id, description: null });

    expect(result).toMatchObject({ ok: true, value: { description: null, version: 2 } });
  });

  it.each([
    ['no fields', {}],
    ['the same title', { title: 'Seeded todo' }],
    ['completed: false on an open todo', { completed: false }],
  ])('returns the todo as it is, without saving or publishing, for %s', async (_, fields) => {
    const { todos, seed, journal } = harness();
    const todo = seed(alice);

    const result = await todos.updateTodo({ ownerId: 'alice', todoId: todo.id, ...fields });

    expect(result).toEqual({ ok: true, value: toTodoView(todo) });
    expect(journal).toEqual(['get']);
  });

  it.each([
    [{ ownerId: '', todoId: '!', title: '' }, 'todo.owner-id-invalid'],
    [{ ownerId: 'alice', todoId: '!', title: '' }, 'todo.id-invalid'],
    [{ ownerId: 'alice', todoId: 'seed-0000000001', title: '' }, 'todo.title-empty'],
    [
      { ownerId: 'alice', todoId: 'seed-0000000001', description: 'bell \u0007' },
      'todo.description-control-character',
    ],
    [{ ownerId: 'alice', todoId: 'seed-0000000001', dueDate: 'tomorrow' }, 'todo.due-date-invalid'],
  ])('refuses %j with %s, before any request', async (command, code) => {
    const { todos, seed, journal } = harness();
    seed(alice);

    expect(await todos.updateTodo(command)).toMatchObject({ ok: false, error: { code } });
    expect(journal).toEqual([]);
  });

  it.each([
    [{ completed: false }, 'todo.cannot-uncomplete'],
    [{ title: 'Too late' }, 'todo.completed-not-editable'],
  ])(
    'passes on the domain refusing %j on a complete todo, without saving',
    async (fields, code) => {
      const { todos, seedComplete, journal } = harness();
      const todo = seedComplete(alice);

      const result = await todos.updateTodo({ ownerId: 'alice', todoId: todo.id, ...fields });

      expect(result).toEqual({ ok: false, error: { code } });
      expect(journal).toEqual(['get']);
    },
  );

  it("answers todo.not-found for a missing todo and for another owner's", async () => {
    const { todos, seed, repository } = harness();
    const bobs = seed(bob, { title: 'Bob’s' });

    const missing = await todos.updateTodo({ ownerId: 'alice', todoId: 'nope', title: 'X' });
    const foreign = await todos.updateTodo({ ownerId: 'alice', todoId: bobs.id, title: 'X' });

    expect(missing).toEqual({ ok: false, error: { code: 'todo.not-found' } });
    expect(foreign).toEqual({ ok: false, error: { code: 'todo.not-found' } });
    expect(repository.stored('bob', bobs.id)).toBe(bobs);
  });

  it('answers todo.not-found when the todo is deleted between the read and the save', async () => {
    const { todos, seed, repository } = harness();
    const todo = seed(alice);
    repository.beforeNext('save', () => repository.remove('alice', todo.id));

    const result = await todos.updateTodo({ ownerId: 'alice', todoId: todo.id, title: 'X' });

    expect(result).toEqual({ ok: false, error: { code: 'todo.not-found' } });
  });

  describe('with expectedVersion', () => {
    it('saves when the todo is still at that version', async () => {
      const { todos, seed } = harness();
      const todo = seed(alice);

      const result = await todos.updateTodo({
        ownerId: 'alice',
        todoId: todo.id,
        title: 'Checked',
        expectedVersion: 1,
      });

      expect(result).toMatchObject({ ok: true, value: { title: 'Checked', version: 2 } });
    });

    it('answers todo.version-mismatch without saving when the todo has moved on', async () => {
      const { todos, seedComplete, journal } = harness();
      const todo = seedComplete(alice);

      const result = await todos.updateTodo({
        ownerId: 'alice',
        todoId: todo.id,
        completed: true,
        expectedVersion: 1,
      });

      expect(result).toEqual({
        ok: false,
        error: { code: 'todo.version-mismatch', expectedVersion: 1, actualVersion: 2 },
      });
      expect(journal).toEqual(['get']);
    });

    it('answers todo.version-mismatch, without retrying, when another writer saves first', async () => {
      const { todos, seed, repository, journal } = harness();
      const todo = seed(alice);
      const rival = valid(updateTodo(todo, { title: valid(parseTitle('Rival')) }, later));
      repository.beforeNext('save', () => repository.seed(rival.todo));

      const result = await todos.updateTodo({
        ownerId: 'alice',
        todoId: todo.id,
        title: 'Mine',
        expectedVersion: 1,
      });

      expect(result).toEqual({
        ok: false,
        error: { code: 'todo.version-mismatch', expectedVersion: 1, actualVersion: 2 },
      });
      expect(journal).toEqual(['get', 'save']);
      expect(repository.stored('alice', todo.id)).toBe(rival.todo);
    });
  });

  describe('without expectedVersion, after losing a race', () => {
    it('reads again and re-applies the edit on top of the other writer’s change', async () => {
      const { todos, seed, repository, events, journal } = harness();
      const todo = seed(alice, { title: 'Original' });
      const rival = completeTodo(todo, later);
      repository.beforeNext('save', () => repository.seed(rival.todo));

      const result = await todos.updateTodo({
        ownerId: 'alice',
        todoId: todo.id,
        description: 'Added',
      });

      // The rival completed the todo, so the re-applied edit is now refused by the domain.
      expect(result).toEqual({ ok: false, error: { code: 'todo.completed-not-editable' } });
      expect(journal).toEqual(['get', 'save', 'get']);
      expect(events.events).toEqual([]);
    });

    it('keeps both changes when they do not clash', async () => {
      const { todos, seed, repository, journal } = harness();
      const todo = seed(alice, { title: 'Original' });
      const rival = valid(updateTodo(todo, { title: valid(parseTitle('Rival title')) }, later));
      repository.beforeNext('save', () => repository.seed(rival.todo));

      const result = await todos.updateTodo({
        ownerId: 'alice',
        todoId: todo.id,
        description: 'Mine',
      });

      expect(result).toMatchObject({
        ok: true,
        value: { title: 'Rival title', description: 'Mine', version: 3 },
      });
      expect(journal).toEqual(['get', 'save', 'get', 'save', 'publish TodoEdited']);
    });

    it('succeeds on the last allowed attempt (3 conflicts, then a save)', async () => {
      const { todos, seed, repository, journal } = harness();
      const todo = seed(alice);
      repository.failNext('save', new VersionConflictError(todo.id, 1, null), 3);

      const result = await todos.updateTodo({ ownerId: 'alice', todoId: todo.id, title: 'Done' });

      expect(result).toMatchObject({ ok: true, value: { title: 'Done', version: 2 } });
      expect(journal.filter((entry) => entry === 'save')).toHaveLength(4);
      expect(journal.at(-1)).toBe('publish TodoEdited');
    });

    it('gives up with todo.conflict after 1 + 3 attempts by default, publishing nothing', async () => {
      const { todos, seed, repository, journal } = harness();
      const todo = seed(alice);
      repository.failNext('save', new VersionConflictError(todo.id, 1, null), 4);

      const result = await todos.updateTodo({ ownerId: 'alice', todoId: todo.id, title: 'Done' });

      expect(result).toEqual({ ok: false, error: { code: 'todo.conflict' } });
      expect(journal).toEqual(['get', 'save', 'get', 'save', 'get', 'save', 'get', 'save']);
      expect(repository.stored('alice', todo.id)).toBe(todo);
    });

    it.each([0, 1])('honours maxConflictRetries = %s', async (maxConflictRetries) => {
      const { todos, seed, repository, journal } = harness({ maxConflictRetries });
      const todo = seed(alice);
      repository.failNext('save', new VersionConflictError(todo.id, 1, 2), 10);

      const result = await todos.updateTodo({ ownerId: 'alice', todoId: todo.id, title: 'Done' });

      expect(result).toEqual({ ok: false, error: { code: 'todo.conflict' } });
      expect(journal.filter((entry) => entry === 'save')).toHaveLength(maxConflictRetries + 1);
    });
  });

  it.each(['get', 'save'] as const)(
    'answers store.unavailable when the store is down on %s, publishing nothing',
    async (method) => {
      const { todos, seed, repository, events } = harness();
      const todo = seed(alice);
      repository.failNext(method, new StoreUnavailableError('throttled'));

      const result = await todos.updateTodo({ ownerId: 'alice', todoId: todo.id, title: 'X' });

      expect(result).toEqual({ ok: false, error: { code: 'store.unavailable' } });
      expect(events.events).toEqual([]);
    },
  );

  it('publishes only once the save has landed', async () => {
    const { todos, seed, repository, events } = harness();
    const todo = seed(alice);
    let storedWhenPublished: number | undefined;
    const publish = events.publish.bind(events);
    events.publish = async (published) => {
      storedWhenPublished = repository.stored('alice', todo.id)?.version;
      await publish(published);
    };

    await todos.updateTodo({ ownerId: 'alice', todoId: todo.id, title: 'X' });

    expect(storedWhenPublished).toBe(2);
  });
});
