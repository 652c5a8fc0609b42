import { createTodoRoute } from '@todo/http-contract';
import { handlerApplicationFromEnvironment } from '../composition-root.js';
import { createTodoWiring } from '../handler-wiring.js';
import { createTodoRouteHandler } from '../todo-route-handler.js';

/**
 * `POST /todos`: creates a todo. IAM: `dynamodb:PutItem`.
 * Settings are checked and clients built at module scope: once per container, at init.
 */
export const handler = createTodoRouteHandler(
  createTodoRoute,
  handlerApplicationFromEnvironment(createTodoWiring),
);
