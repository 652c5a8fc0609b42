import {
  createTodoRoute,
  deleteTodoRoute,
  getTodoRoute,
  listTodosRoute,
  updateTodoRoute,
  type TodoRoute,
} from '@todo/http-contract';

/**
 * Each Lambda function of the app, by the name of its bundle (`dist/<name>/index.mjs`) and of
 * its module in `src/handlers/`, with the contract route it serves. One function per route,
 * so each gets only the IAM actions its use case sends. The handler modules import their route
 * themselves; this table is for the local server and the tests, never for a bundle.
 */
export const handlerRoutes = {
  'create-todo': createTodoRoute,
  'get-todo': getTodoRoute,
  'list-todos': listTodosRoute,
  'update-todo': updateTodoRoute,
  'delete-todo': deleteTodoRoute,
} as const satisfies Record<string, TodoRoute>;

/** The name of one of the app's functions. */
export type HandlerName = keyof typeof handlerRoutes;

/** Every function name, in the contract's route order. */
export const handlerNames = Object.keys(handlerRoutes).filter((name): name is HandlerName =>
  Object.hasOwn(handlerRoutes, name),
);
