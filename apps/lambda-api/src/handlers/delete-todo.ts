import { deleteTodoRoute } from '@todo/http-contract';
import { handlerApplicationFromEnvironment } from '../composition-root.js';
import { deleteTodoWiring } from '../handler-wiring.js';
import { createTodoRouteHandler } from '../todo-route-handler.js';

/**
 * `DELETE /todos/{id}`: deletes a todo. IAM: `dynamodb:DeleteItem`, `dynamodb:GetItem`.
 * Settings are checked and clients built at module scope: once per container, at init.
 */
export const handler = createTodoRouteHandler(
  deleteTodoRoute,
  handlerApplicationFromEnvironment(deleteTodoWiring),
);
