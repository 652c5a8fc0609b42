export { createTodoService } from './todo-service.js';
export type { TodoServiceDependencies } from './todo-service-dependencies.js';
export { toTodoView } from './to-todo-view.js';
