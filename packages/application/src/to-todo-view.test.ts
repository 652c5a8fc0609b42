import { describe, expect, it } from 'vitest';
import { alice, harness } from './test-support/todo-service-harness.js';
import { toTodoView } from './to-todo-view.js';

describe('toTodoView', () => {
  it('shows an incomplete todo without its owner', () => {
    const todo = harness().seed(alice, { title: 'Pay rent', description: 'Before the 5th' });

    expect(toTodoView(todo)).toEqual({
      id: todo.id,
      title: 'Pay rent',
      description: 'Before the 5th',
      dueDate: null,
      completed: false,
      completedAt: null,
      createdAt: todo.createdAt,
      updatedAt: todo.updatedAt,
      version: 1,
    });
  });

  it('shows a complete todo as completed, with its completion time', () => {
    const todo = harness().seedComplete(alice);

    const view = toTodoView(todo);

    expect(view).toMatchObject({ completed: true, completedAt: todo.completedAt, version: 2 });
    expect(view.completedAt).not.toBeNull();
    expect(view).not.toHaveProperty('ownerId');
  });
});
