import { createTodoRoute } from './create-todo-route.js';
import { deleteTodoRoute } from './delete-todo-route.js';
import { getTodoRoute } from './get-todo-route.js';
import { listTodosRoute } from './list-todos-route.js';
import type { TodoRoute } from './todo-route.js';
import { updateTodoRoute } from './update-todo-route.js';

/** Every route of the todo API; both apps register exactly these. */
export const todoRoutes: readonly TodoRoute[] = [
  createTodoRoute,
  listTodosRoute,
  getTodoRoute,
  updateTodoRoute,
  deleteTodoRoute,
];
