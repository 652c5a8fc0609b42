import { listTodosRoute } from '@todo/http-contract';
import { handlerApplicationFromEnvironment } from '../composition-root.js';
import { listTodosWiring } from '../handler-wiring.js';
import { createTodoRouteHandler } from '../todo-route-handler.js';

/**
 * `GET /todos`: a page of todos. IAM: `dynamodb:Query` (table and status index).
 * Settings are checked and clients built at module scope: once per container, at init.
 */
export const handler = createTodoRouteHandler(
  listTodosRoute,
  handlerApplicationFromEnvironment(listTodosWiring),
);
