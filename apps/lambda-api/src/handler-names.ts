import type { TodoOperationId } from '@todo/http-contract';

/**
 * Each Lambda function of the app, by the name of its bundle (`dist/<name>/index.mjs`) and of
 * its module in `src/handlers/`, with the contract operation it serves. One function per route,
 * so each gets only the IAM actions its use case sends.
 */
export const handlerOperations = {
  'create-todo': 'createTodo',
  'get-todo': 'getTodo',
  'list-todos': 'listTodos',
  'update-todo': 'updateTodo',
  'delete-todo': 'deleteTodo',
} as const satisfies Record<string, TodoOperationId>;

/** The name of one of the app's functions. */
export type HandlerName = keyof typeof handlerOperations;

/** Every function name, in the contract's route order. */
export const handlerNames = Object.keys(handlerOperations).filter((name): name is HandlerName =>
  Object.hasOwn(handlerOperations, name),
);
