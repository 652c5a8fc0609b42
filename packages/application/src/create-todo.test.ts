import { StoreUnavailableError, TodoAlreadyExistsError } from '@todo/ports';
import { describe, expect, it } from 'vitest';
import { clockStart, harness } from './test-support/todo-service-harness.js';

describe('createTodo', () => {
  it('creates an incomplete todo from parsed input and returns its view', async () => {
    const { todos } = harness();

    const result = await todos.createTodo({
      ownerId: 'alice',
      title: '  Buy milk  ',
      description: 'Oat, 2 litres',
      dueDate: '2026-03-02',
    });

    const now = clockStart.toISOString();
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'todo-0000000001',
        title: 'Buy milk',
        description: 'Oat, 2 litres',
        dueDate: '2026-03-02',
        completed: false,
        completedAt: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      },
    });
  });

  it('stores the todo for its owner with one repository request, then publishes TodoCreated', async () => {
    const { todos, repository, events, journal } = harness();

    const result = await todos.createTodo({ ownerId: 'alice', title: 'Buy milk' });

    const id = result.ok ? result.value.id : 'not created';
    const stored = repository.stored('alice', id);
    expect(journal).toEqual(['create', 'publish TodoCreated']);
    expect(stored).toMatchObject({ id, ownerId: 'alice', title: 'Buy milk', version: 1 });
    expect(events.events).toEqual([
      expect.objectContaining({ type: 'TodoCreated', todoId: id, ownerId: 'alice', version: 1 }),
    ]);
  });

  it('leaves description and due date empty when they are absent or null', async () => {
    const { todos } = harness();

    const absent = await todos.createTodo({ ownerId: 'alice', title: 'A' });
    const cleared = await todos.createTodo({
      ownerId: 'alice',
      title: 'B',
      description: null,
      dueDate: null,
    });

    for (const result of [absent, cleared]) {
      expect(result).toMatchObject({ ok: true, value: { description: null, dueDate: null } });
    }
  });

  it.each([
    [{ ownerId: '', title: 'Fine' }, 'todo.owner-id-invalid'],
    [{ ownerId: '', title: '' }, 'todo.owner-id-invalid'],
    [{ ownerId: 'alice', title: '   ' }, 'todo.title-empty'],
    [{ ownerId: 'alice', title: 'x'.repeat(51) }, 'todo.title-too-long'],
    [{ ownerId: 'alice', title: 'Fine', description: ' ' }, 'todo.description-empty'],
    [{ ownerId: 'alice', title: 'Fine', dueDate: '2026-02-30' }, 'todo.due-date-invalid'],
  ])('refuses %j with %s, before any request', async (command, code) => {
    const { todos, journal } = harness();

    const result = await todos.createTodo(command);

    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(journal).toEqual([]);
  });

  it('answers store.unavailable when the store is down, and publishes nothing', async () => {
    const { todos, repository, journal } = harness();
    repository.failNext('create', new StoreUnavailableError('timed out'));

    const result = await todos.createTodo({ ownerId: 'alice', title: 'Buy milk' });

    expect(result).toEqual({ ok: false, error: { code: 'store.unavailable' } });
    expect(journal).toEqual(['create']);
  });

  it('throws when the id is taken: the id generator repeated itself, which is a bug', async () => {
    const { todos, repository } = harness();
    const collision = new TodoAlreadyExistsError('todo-0000000001');
    repository.failNext('create', collision);

    await expect(todos.createTodo({ ownerId: 'alice', title: 'Buy milk' })).rejects.toBe(collision);
  });

  it('lets a publishing failure through, after the todo was stored', async () => {
    const { todos, repository, events } = harness();
    const outage = new Error('queue is down');
    events.failNext(outage);

    await expect(todos.createTodo({ ownerId: 'alice', title: 'Buy milk' })).rejects.toBe(outage);
    expect(repository.stored('alice', 'todo-0000000001')).toMatchObject({ title: 'Buy milk' });
  });
});
