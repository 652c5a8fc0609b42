export { completeTodoUseCase } from './complete-todo.js';
export { createTodoUseCase } from './create-todo.js';
export { deleteTodoUseCase } from './delete-todo.js';
export { getTodoUseCase } from './get-todo.js';
export { listTodosUseCase } from './list-todos.js';
export { createTodoService } from './todo-service.js';
export type {
  ChangeDependencies,
  CreateDependencies,
  DeleteDependencies,
  GetDependencies,
  ListDependencies,
  ReadDependencies,
  TodoServiceDependencies,
} from './todo-service-dependencies.js';
export { updateTodoUseCase } from './update-todo.js';
export { toTodoView } from './to-todo-view.js';
