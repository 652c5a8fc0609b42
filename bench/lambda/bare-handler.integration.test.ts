import { readFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTodoTable } from '@todo/adapter-dynamodb';
import { requestLogFields, requestLogMessage } from '@todo/http-contract';
import {
  startTestDynamoDb,
  testDynamoDbClientConfig,
  type TestDynamoDb,
} from '@todo/tool-dynamodb-local';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BareResult } from './bare-handler.js';

// The Lambda baseline must do the work the app's handlers do, or the size and cold-load ratios
// compare unlike things. These tests run it against DynamoDB Local with edited copies of a real
// HTTP API event, and check the answers and the log line that the comparison relies on.

type BareHandler = (event: unknown, context: Context) => Promise<BareResult>;

const fixture = JSON.parse(
  readFileSync(
    new URL(
      '../../../shared/fixtures/lambda-events/powertools-ts-apigw-http-v2-jwt.json',
      import.meta.url,
    ),
    'utf8',
  ),
);

interface Request {
  readonly method: string;
  readonly path: string;
  readonly id?: string;
  readonly json?: unknown;
  readonly rawBody?: string;
  readonly query?: Record<string, string>;
  readonly headers?: Record<string, string>;
  /** The JWT subject; `null` sends no authorizer. */
  readonly owner?: string | null;
}

const eventFor = (request: Request) => ({
  ...fixture,
  routeKey: `${request.method} ${request.path}`,
  rawPath: request.path,
  headers: {
    ...fixture.headers,
    ...(request.json === undefined && request.rawBody === undefined
      ? {}
      : { 'content-type': 'application/json' }),
    ...request.headers,
  },
  queryStringParameters: request.query,
  pathParameters: request.id === undefined ? undefined : { id: request.id },
  body: request.rawBody ?? (request.json === undefined ? undefined : JSON.stringify(request.json)),
  isBase64Encoded: false,
  requestContext: {
    ...fixture.requestContext,
    http: { ...fixture.requestContext.http, method: request.method, path: request.path },
    authorizer:
      request.owner === null
        ? undefined
        : { jwt: { claims: { sub: request.owner ?? 'owner-1' }, scopes: null } },
  },
});

const context = (requestId: string): Context => ({
  callbackWaitsForEmptyEventLoop: true,
  functionName: 'bare-bench',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:bare-bench',
  memoryLimitInMB: '256',
  awsRequestId: requestId,
  logGroupName: '/aws/lambda/bare-bench',
  logStreamName: '2026/12/04/[$LATEST]0123456789abcdef',
  getRemainingTimeInMillis: () => 10_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});

let server: TestDynamoDb;
let handlers: Record<
  'getTodo' | 'createTodo' | 'listTodos' | 'updateTodo' | 'deleteTodo',
  BareHandler
>;
let invocations = 0;

/** Invokes a handler, keeping the JSON lines it writes; answers the result and the lines. */
const invoke = async (handler: BareHandler, request: Request) => {
  const chunks: string[] = [];
  const keep = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(keep),
    vi.spyOn(process.stderr, 'write').mockImplementation(keep),
  ];
  try {
    invocations += 1;
    const result = await handler(eventFor(request), context(`invocation-${invocations}`));
    const lines = chunks
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line): Record<string, unknown> => JSON.parse(line));
    const body: unknown = result.body === undefined ? undefined : JSON.parse(result.body);
    return { result, body, lines };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
};

beforeAll(async () => {
  server = await startTestDynamoDb();
  const config = testDynamoDbClientConfig(server.endpoint);
  const client = new DynamoDBClient(config);
  await ensureTodoTable(client, 'bare-handler-todos');
  client.destroy();

  // The handlers read their settings and build their client at module scope, as in Lambda.
  process.env['TODO_TABLE_NAME'] = 'bare-handler-todos';
  process.env['TODO_DYNAMODB_ENDPOINT'] = server.endpoint;
  process.env['AWS_REGION'] = config.region;
  process.env['AWS_ACCESS_KEY_ID'] = config.credentials.accessKeyId;
  process.env['AWS_SECRET_ACCESS_KEY'] = config.credentials.secretAccessKey;
  handlers = await import('./bare-handler.js');
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('the bare Lambda handlers', () => {
  it('create, read, list, edit, complete and delete a todo, as the app does', async () => {
    const owner = 'owner-lifecycle';

    const created = await invoke(handlers.createTodo, {
      method: 'POST',
      path: '/todos',
      owner,
      json: { title: '  Buy milk ', dueDate: '2026-12-24' },
    });
    expect(created.result.statusCode).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Buy milk',
      description: null,
      dueDate: '2026-12-24',
      completed: false,
      completedAt: null,
      version: 1,
    });
    const id = String(Reflect.get(Object(created.body), 'id'));
    expect(created.result.headers).toMatchObject({ location: `/todos/${id}`, etag: '"1"' });

    const read = await invoke(handlers.getTodo, { method: 'GET', path: `/todos/${id}`, id, owner });
    expect(read.result.statusCode).toBe(200);
    expect(read.body).toEqual(created.body);

    const listed = await invoke(handlers.listTodos, { method: 'GET', path: '/todos', owner });
    expect(listed.body).toEqual({ items: [created.body], nextCursor: null });

    const edited = await invoke(handlers.updateTodo, {
      method: 'PATCH',
      path: `/todos/${id}`,
      id,
      owner,
      headers: { 'if-match': '"1"' },
      json: { title: 'Buy oat milk' },
    });
    expect(edited.result.statusCode).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Buy oat milk', version: 2 });

    const completed = await invoke(handlers.updateTodo, {
      method: 'PATCH',
      path: `/todos/${id}`,
      id,
      owner,
      json: { completed: true },
    });
    expect(completed.body).toMatchObject({ completed: true, version: 3 });
    const open = await invoke(handlers.listTodos, {
      method: 'GET',
      path: '/todos',
      owner,
      query: { status: 'open' },
    });
    expect(open.body).toEqual({ items: [], nextCursor: null });

    const deleted = await invoke(handlers.deleteTodo, {
      method: 'DELETE',
      path: `/todos/${id}`,
      id,
      owner,
    });
    expect(deleted.result.statusCode).toBe(204);
    const gone = await invoke(handlers.getTodo, { method: 'GET', path: `/todos/${id}`, id, owner });
    expect(gone.result.statusCode).toBe(404);
  });

  it('keeps each owner to their own todos', async () => {
    const created = await invoke(handlers.createTodo, {
      method: 'POST',
      path: '/todos',
      owner: 'owner-a',
      json: { title: 'Private' },
    });
    const id = String(Reflect.get(Object(created.body), 'id'));

    const read = await invoke(handlers.getTodo, {
      method: 'GET',
      path: `/todos/${id}`,
      id,
      owner: 'owner-b',
    });

    expect(read.result.statusCode).toBe(404);
  });

  it('pages through a list with the cursor it returns', async () => {
    const owner = 'owner-pages';
    const titles = ['one', 'two', 'three'];
    for (const title of titles) {
      await invoke(handlers.createTodo, { method: 'POST', path: '/todos', owner, json: { title } });
    }

    const first = await invoke(handlers.listTodos, {
      method: 'GET',
      path: '/todos',
      owner,
      query: { limit: '2' },
    });
    const cursor = String(Reflect.get(Object(first.body), 'nextCursor'));
    const second = await invoke(handlers.listTodos, {
      method: 'GET',
      path: '/todos',
      owner,
      query: { limit: '2', cursor },
    });

    const titlesOf = (body: unknown) =>
      (Reflect.get(Object(body), 'items') as { title: string }[]).map((todo) => todo.title);
    expect([...titlesOf(first.body), ...titlesOf(second.body)]).toEqual(titles);
    expect(Reflect.get(Object(second.body), 'nextCursor')).toBeNull();
  });

  it.each([
    {
      refusal: 'a request without an owner',
      handler: 'createTodo',
      request: { method: 'POST', path: '/todos', owner: null, json: { title: 'x' } },
      status: 401,
      code: 'auth.missing-credentials',
    },
    {
      refusal: 'an empty title',
      handler: 'createTodo',
      request: { method: 'POST', path: '/todos', json: { title: '   ' } },
      status: 422,
      code: 'todo.invalid',
    },
    {
      refusal: 'an unknown field',
      handler: 'createTodo',
      request: { method: 'POST', path: '/todos', json: { title: 'x', owner: 'someone-else' } },
      status: 400,
      code: 'request.invalid',
    },
    {
      refusal: 'malformed JSON',
      handler: 'createTodo',
      request: { method: 'POST', path: '/todos', rawBody: '{"title":' },
      status: 400,
      code: 'request.malformed-json',
    },
    {
      refusal: 'a due date that is not a date',
      handler: 'createTodo',
      request: { method: 'POST', path: '/todos', json: { title: 'x', dueDate: 'soon' } },
      status: 422,
      code: 'todo.due-date-invalid',
    },
    {
      refusal: 'a limit over 100',
      handler: 'listTodos',
      request: { method: 'GET', path: '/todos', query: { limit: '101' } },
      status: 400,
      code: 'request.invalid',
    },
    {
      refusal: 'a malformed If-Match',
      handler: 'updateTodo',
      request: {
        method: 'PATCH',
        path: '/todos/abc',
        id: 'abc',
        headers: { 'if-match': 'W/"1"' },
        json: { title: 'x' },
      },
      status: 400,
      code: 'request.if-match-invalid',
    },
    {
      refusal: 'an edit of a todo that does not exist',
      handler: 'updateTodo',
      request: { method: 'PATCH', path: '/todos/absent', id: 'absent', json: { title: 'x' } },
      status: 404,
      code: 'todo.not-found',
    },
  ] as const)('refuses $refusal with $status $code', async ({ handler, request, status, code }) => {
    const { result, body } = await invoke(handlers[handler], request);

    expect(result.statusCode).toBe(status);
    expect(result.headers['content-type']).toBe('application/problem+json');
    expect(body).toMatchObject({ code, status });
  });

  it('refuses an edit of a complete todo, and a stale If-Match', async () => {
    const owner = 'owner-refusals';
    const created = await invoke(handlers.createTodo, {
      method: 'POST',
      path: '/todos',
      owner,
      json: { title: 'Done soon' },
    });
    const id = String(Reflect.get(Object(created.body), 'id'));
    const patch = (json: unknown, headers: Record<string, string> = {}) =>
      invoke(handlers.updateTodo, {
        method: 'PATCH',
        path: `/todos/${id}`,
        id,
        owner,
        json,
        headers,
      });

    const stale = await patch({ title: 'Later' }, { 'if-match': '"7"' });
    await patch({ completed: true });
    const edit = await patch({ title: 'Reopened' });

    expect(stale.body).toMatchObject({ code: 'todo.version-mismatch' });
    expect(edit.body).toMatchObject({ code: 'todo.completed-not-editable' });
  });

  it("writes one request line per invocation, with the app's fields and Lambda's", async () => {
    const { result, lines } = await invoke(handlers.getTodo, {
      method: 'GET',
      path: '/todos/absent',
      id: 'absent',
      headers: { 'x-request-id': 'req-42' },
    });

    expect(result.headers['x-request-id']).toBe('req-42');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      message: requestLogMessage,
      [requestLogFields.requestId]: 'req-42',
      [requestLogFields.method]: 'GET',
      [requestLogFields.route]: '/todos/{id}',
      [requestLogFields.statusCode]: 404,
      [requestLogFields.errorCode]: 'todo.not-found',
      function_request_id: `invocation-${invocations}`,
    });
    expect(lines[0]?.[requestLogFields.durationMs]).toEqual(expect.any(Number));
  });
});
