import { updateTodoRoute } from '@todo/http-contract';
import { handlerApplicationFromEnvironment } from '../composition-root.js';
import { updateTodoWiring } from '../handler-wiring.js';
import { createTodoRouteHandler } from '../todo-route-handler.js';

/**
 * `PATCH /todos/{id}`: edits or completes a todo. IAM: `dynamodb:GetItem`, `dynamodb:PutItem`.
 * Settings are checked and clients built at module scope: once per container, at init.
 */
export const handler = createTodoRouteHandler(
  updateTodoRoute,
  handlerApplicationFromEnvironment(updateTodoWiring),
);
