import { getTodoRoute } from '@todo/http-contract';
import { handlerApplicationFromEnvironment } from '../composition-root.js';
import { getTodoWiring } from '../handler-wiring.js';
import { createTodoRouteHandler } from '../todo-route-handler.js';

/**
 * `GET /todos/{id}`: reads one todo. IAM: `dynamodb:GetItem`.
 * Settings are checked and clients built at module scope: once per container, at init.
 */
export const handler = createTodoRouteHandler(
  getTodoRoute,
  handlerApplicationFromEnvironment(getTodoWiring),
);
