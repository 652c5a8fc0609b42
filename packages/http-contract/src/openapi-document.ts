import type { TSchema } from '@sinclair/typebox';
import { idempotencyKeyPattern } from '@todo/ports';
import { problemTable, type ProblemCode } from './error-table.js';
import { publicPaths } from './operational-responses.js';
import type { TodoRoute } from './routes/todo-route.js';
import { todoRoutes } from './routes/todo-routes.js';
import { fieldErrorSchema, problemSchema } from './schemas/problem-schema.js';
import {
  createTodoBodySchema,
  listTodosQuerySchema,
  updateTodoBodySchema,
} from './schemas/request-schemas.js';
import { todoPageSchema, todoViewSchema } from './schemas/todo-view-schema.js';

// TypeBox schemas are JSON Schema plus symbol-keyed metadata; JSON drops the symbols.
const plain = (schema: TSchema): Record<string, unknown> => JSON.parse(JSON.stringify(schema));

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const problemContent = { 'application/problem+json': { schema: ref('Problem') } };

// Codes any authenticated route can answer with, whatever it does.
const commonCodes: readonly ProblemCode[] = [
  'auth.missing-credentials',
  'auth.invalid-credentials',
  'todo.owner-id-invalid',
  'internal',
];

const errorResponses = (codes: readonly ProblemCode[]) => {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) {
    const { status } = problemTable[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, statusCodes]) => [
        String(status),
        {
          description: `Problem; \`code\` is one of ${statusCodes.map((code) => `\`${code}\``).join(', ')}.`,
          content: problemContent,
        },
      ]),
  );
};

const etagHeader = {
  ETag: { description: 'The version, as `"<version>"`.', schema: { type: 'string' } },
};

const successResponse = (route: TodoRoute) => {
  switch (route.operationId) {
    case 'createTodo':
      return {
        description: 'Created.',
        headers: {
          ...etagHeader,
          Location: { description: '`/todos/{id}` of the new todo.', schema: { type: 'string' } },
        },
        content: { 'application/json': { schema: ref('Todo') } },
      };
    case 'listTodos':
      return {
        description: 'A page of todos, oldest first.',
        content: { 'application/json': { schema: ref('TodoPage') } },
      };
    case 'deleteTodo':
      return { description: 'Deleted.' };
    default:
      return {
        description: 'The todo.',
        headers: etagHeader,
        content: { 'application/json': { schema: ref('Todo') } },
      };
  }
};

const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'The todo id.',
};

const ifMatchParameter = {
  name: 'If-Match',
  in: 'header',
  required: false,
  schema: { type: 'string', examples: ['"3"'] },
  description: '`"<version>"` (or `*`): the change is refused with 412 if the todo has moved on.',
};

const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: {
    type: 'string',
    pattern: idempotencyKeyPattern,
    examples: ['0b585eba-94cf-4d4f-9d4e-5c1b0c1e7a21'],
  },
  description:
    'Makes the create safe to retry: the same key and body, in sequence or in parallel, create ' +
    'one todo and get the same answer (201, body, `Location`, `ETag`) for 24 hours. The same ' +
    'key with another body is 422 `idempotency.key-reused`. Keys are per owner.',
};

const queryParameters = Object.entries(plain(listTodosQuerySchema)['properties'] ?? {}).map(
  ([name, schema]) => ({ name, in: 'query', required: false, schema }),
);

const parametersOf = (route: TodoRoute) => {
  if (route.operationId === 'listTodos') return queryParameters;
  if (route.operationId === 'createTodo') return [idempotencyKeyParameter];
  if (route.operationId === 'updateTodo' || route.operationId === 'deleteTodo') {
    return [idParameter, ifMatchParameter];
  }
  return route.path.includes('{id}') ? [idParameter] : [];
};

const requestBodyOf = (route: TodoRoute) => {
  const schemaName = route.operationId === 'createTodo' ? 'CreateTodoRequest' : 'UpdateTodoRequest';
  return route.acceptsBody
    ? { required: true, content: { 'application/json': { schema: ref(schemaName) } } }
    : undefined;
};

const operationOf = (route: TodoRoute) => {
  const requestBody = requestBodyOf(route);
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: ['todos'],
    parameters: parametersOf(route),
    ...(requestBody === undefined ? {} : { requestBody }),
    responses: {
      [String(route.successStatus)]: successResponse(route),
      ...errorResponses([...route.problemCodes, ...commonCodes]),
    },
  };
};

const publicOperation = (operationId: string, summary: string, responses: object) => ({
  get: { operationId, summary, tags: ['operations'], security: [], responses },
});

/** Options for {@link buildOpenApiDocument}. */
export interface OpenApiOptions {
  /** Adds a `servers` entry, e.g. the deployed API's base URL. */
  readonly serverUrl?: string;
}

/**
 * The OpenAPI 3.1 document of the API, built from the same schemas and route table the apps
 * validate with, so the documentation cannot drift from the behaviour.
 */
export const buildOpenApiDocument = (options: OpenApiOptions = {}) => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of todoRoutes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operationOf(route) };
  }

  const allPaths: Record<string, Record<string, unknown>> = {
    ...paths,
    [publicPaths.health]: publicOperation('health', 'The process is up', {
      '200': { description: 'Up.' },
    }),
    [publicPaths.ready]: publicOperation('ready', 'The store answers', {
      '200': { description: 'Ready.' },
      ...errorResponses(['store.unavailable']),
    }),
    [publicPaths.openApi]: publicOperation('openApi', 'This document', {
      '200': { description: 'The OpenAPI document.' },
    }),
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'ToDo API',
      version: '1.0.0',
      description:
        'Todos of the owner named by the bearer token. Errors are RFC 9457 problems with a ' +
        'stable `code`.',
    },
    ...(options.serverUrl === undefined ? {} : { servers: [{ url: options.serverUrl }] }),
    security: [{ bearerAuth: [] }],
    tags: [
      { name: 'todos', description: 'The todo API; every operation needs a bearer token.' },
      { name: 'operations', description: 'Probes and documentation; no token.' },
    ],
    paths: allPaths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Todo: plain(todoViewSchema),
        TodoPage: plain(todoPageSchema),
        CreateTodoRequest: plain(createTodoBodySchema),
        UpdateTodoRequest: plain(updateTodoBodySchema),
        Problem: plain(problemSchema),
        FieldError: plain(fieldErrorSchema),
      },
    },
  };
};

/** The OpenAPI document's type. */
export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
