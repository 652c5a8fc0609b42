import { listTodosRoute } from '@todo/http-contract';
import { describe, expect, it } from 'vitest';
import { UnsupportedEventError } from './api-gateway-event.js';
import { composeHandlerApplication } from './composition-root.js';
import { listTodosWiring } from './handler-wiring.js';
import type { HandlerName } from './handler-names.js';
import { capturingLogs } from './test-support/captured-logs.js';
import { httpApiEvent, invoke, newOwner, restApiEvent } from './test-support/handler-invoker.js';
import { idOf, useHandlerModules } from './test-support/handler-modules.js';
import { testLambdaContext } from './test-support/lambda-context.js';
import {
  editHttpApiEvent,
  editRestApiEvent,
  loadHttpApiEvent,
  loadLambdaEvent,
  loadRestApiEvent,
} from './test-support/lambda-events.js';
import { testRegion } from './test-support/test-table.js';
import { createTodoRouteHandler } from './todo-route-handler.js';

// What every handler does the same way, through the handler modules and through the factory.
const handlers = useHandlerModules('route-handler');

describe('every handler', () => {
  const requests: [HandlerName, string, string][] = [
    ['create-todo', 'POST', '/todos'],
    ['get-todo', 'GET', '/todos/some-id'],
    ['list-todos', 'GET', '/todos'],
    ['update-todo', 'PATCH', '/todos/some-id'],
    ['delete-todo', 'DELETE', '/todos/some-id'],
  ];

  it.each(requests)(
    '%s answers 401 auth.missing-credentials to events without claims',
    async (name, method, url) => {
      const noAuthorizer = editHttpApiEvent(
        loadHttpApiEvent('powertools-ts-apigw-http-v2-noauth.json'),
        {
          method,
          url,
          json: { title: 'x' },
          claims: null,
        },
      );

      const response = await handlers.call(name, noAuthorizer);

      expect(response.body).toMatchObject({ status: 401, code: 'auth.missing-credentials' });
      expect(response.headers['www-authenticate']).toBe('Bearer');
    },
  );

  it.each([
    [
      'a REST API event without an authorizer',
      () =>
        editRestApiEvent(loadRestApiEvent('powertools-ts-apigw-rest-v1-noauth.json'), {
          method: 'GET',
          url: '/todos',
        }),
    ],
    [
      'JWT claims without sub',
      () =>
        editHttpApiEvent(loadHttpApiEvent('sam-cli-apigw-http-v2-jwt-base64.json'), {
          method: 'GET',
          url: '/todos',
        }),
    ],
    [
      'a Function URL event with IAM auth',
      () =>
        editHttpApiEvent(loadHttpApiEvent('powertools-ts-function-url.json'), {
          method: 'GET',
          url: '/todos',
        }),
    ],
  ])('answers 401 to %s', async (_name, event) => {
    const response = await handlers.call('list-todos', event());

    expect(response.body).toMatchObject({ status: 401, code: 'auth.missing-credentials' });
  });

  it('serves a Function URL event once it carries claims', async () => {
    const owner = newOwner();
    const event = editHttpApiEvent(loadHttpApiEvent('powertools-ts-function-url.json'), {
      method: 'POST',
      url: '/todos',
      json: { title: 'From a URL' },
      claims: owner,
    });

    const response = await handlers.call('create-todo', event);

    expect(response.status).toBe(201);
  });

  it('writes one log line per request: shared fields, Lambda request id, cold start, no secrets', async () => {
    const owner = newOwner();
    const event = restApiEvent({
      method: 'POST',
      url: '/todos',
      json: { title: 'Secret plans' },
      claims: owner,
      headers: { 'x-request-id': 'trace-123' },
    });

    const created = await handlers.call('create-todo', event);
    const refused = await handlers.call('create-todo', {
      ...event,
      requestContext: { ...event.requestContext, authorizer: null },
    });

    const requestLines = (lines: Record<string, unknown>[]) =>
      lines.filter((line) => line['message'] === 'request completed');
    expect(requestLines(created.logs)).toEqual([
      expect.objectContaining({
        level: 'INFO',
        requestId: 'trace-123',
        method: 'POST',
        route: '/todos',
        statusCode: 201,
        durationMs: expect.any(Number),
        function_request_id: created.context.awsRequestId,
        function_name: 'create-todo',
        cold_start: expect.any(Boolean),
      }),
    ]);
    expect(requestLines(refused.logs)).toEqual([
      expect.objectContaining({
        statusCode: 401,
        errorCode: 'auth.missing-credentials',
        cold_start: false,
      }),
    ]);
    expect(created.headers['x-request-id']).toBe('trace-123');
    const authorization = event.headers['Authorization'] ?? '';
    for (const text of [created.logText, refused.logText]) {
      expect(text).not.toContain(authorization.slice('Bearer '.length));
      expect(text).not.toContain('Secret plans');
      expect(text).not.toContain(owner.sub);
    }
  });

  it('logs domain events at debug level by id, type and version only', async () => {
    const created = await handlers.create(newOwner(), { title: 'Private title' });

    const eventLine = created.logs.find((line) => line['message'] === 'todo event');

    expect(eventLine).toMatchObject({
      level: 'DEBUG',
      eventType: 'TodoCreated',
      todoId: idOf(created.body),
      version: 1,
    });
    expect(JSON.stringify(eventLine)).not.toContain('Private title');
  });

  it('throws on an event that is not an HTTP event, after logging it', async () => {
    const stream = loadLambdaEvent('powertools-ts-dynamodb-stream.json');

    const { lines } = await capturingLogs(() =>
      expect(handlers.handler('get-todo')(stream, testLambdaContext())).rejects.toBeInstanceOf(
        UnsupportedEventError,
      ),
    );

    expect(lines).toEqual([
      expect.objectContaining({ level: 'ERROR', message: 'unsupported event' }),
    ]);
  });

  const composedOn = (tableName: string, endpoint: string) =>
    composeHandlerApplication({ tableName, endpoint }, listTodosWiring, {
      region: testRegion,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });

  it('flags the first invocation of a container as a cold start, and no other', async () => {
    const application = composedOn(handlers.table().tableName, handlers.table().endpoint);
    const handler = createTodoRouteHandler(listTodosRoute, application);
    const list = () =>
      invoke(
        handler,
        'list-todos',
        httpApiEvent({ method: 'GET', url: '/todos', claims: newOwner() }),
      );

    const invocations = [await list(), await list(), await list()];
    application.close();

    expect(invocations.map(({ logs }) => logs.at(-1)?.['cold_start'])).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('answers 503 store.unavailable with Retry-After when DynamoDB does not answer', async () => {
    const application = composedOn(handlers.table().tableName, 'http://127.0.0.1:9');
    const handler = createTodoRouteHandler(listTodosRoute, application);

    const response = await invoke(
      handler,
      'list-todos',
      httpApiEvent({ method: 'GET', url: '/todos', claims: newOwner() }),
    );
    application.close();

    expect(response.body).toMatchObject({ status: 503, code: 'store.unavailable' });
    expect(response.headers['retry-after']).toBe('5');
    expect(response.logs).toEqual([
      expect.objectContaining({ level: 'ERROR', statusCode: 503, errorCode: 'store.unavailable' }),
    ]);
  });

  it('answers 500 internal, saying nothing, and logs the failure when the use case throws', async () => {
    const application = composedOn(
      `missing-${handlers.table().tableName}`,
      handlers.table().endpoint,
    );
    const handler = createTodoRouteHandler(listTodosRoute, application);

    const response = await invoke(
      handler,
      'list-todos',
      httpApiEvent({ method: 'GET', url: '/todos', claims: newOwner() }),
    );
    application.close();

    expect(response.body).toMatchObject({
      status: 500,
      code: 'internal',
      detail: 'Something went wrong on our side.',
    });
    expect(response.logs).toEqual([
      expect.objectContaining({
        level: 'ERROR',
        message: 'request failed',
        error: expect.anything(),
      }),
      expect.objectContaining({ level: 'ERROR', statusCode: 500, errorCode: 'internal' }),
    ]);
  });
});
