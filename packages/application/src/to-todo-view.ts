import type { Todo } from '@todo/domain';
import type { TodoView } from '@todo/ports';

/**
 * The outside world's view of a todo. The owner id is left out: the caller already knows who they
 * are, and views may be cached or logged where it should not appear.
 */
export const toTodoView = (todo: Todo): TodoView => ({
  id: todo.id,
  title: todo.title,
  description: todo.description,
  dueDate: todo.dueDate,
  completed: todo.status === 'complete',
  completedAt: todo.completedAt,
  createdAt: todo.createdAt,
  updatedAt: todo.updatedAt,
  version: todo.version,
});
