import { describe, expect, it } from 'vitest';
import { httpApiEvent, newOwner, restApiEvent } from '../test-support/handler-invoker.js';
import { idOf, useHandlerModules } from '../test-support/handler-modules.js';
import { editHttpApiEvent, loadHttpApiEvent } from '../test-support/lambda-events.js';

const handlers = useHandlerModules('create-get-list');

describe('create-todo', () => {
  it('creates a todo from an HTTP API event: 201, Location, ETag "1" and the view', async () => {
    const owner = newOwner();

    const created = await handlers.create(owner, { title: '  Buy milk  ', dueDate: '2026-12-24' });

    const id = idOf(created.body);
    expect(created.headers).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      location: `/todos/${id}`,
      etag: '"1"',
    });
    expect(created.body).toMatchObject({
      title: 'Buy milk',
      dueDate: '2026-12-24',
      completed: false,
      version: 1,
    });
  });

  it('reads a base64 body (SAM CLI event)', async () => {
    const event = editHttpApiEvent(loadHttpApiEvent('sam-cli-apigw-http-v2-jwt-base64.json'), {
      method: 'POST',
      url: '/todos',
      json: { title: 'Encoded' },
      base64: true,
      claims: newOwner(),
    });

    const created = await handlers.call('create-todo', event);

    expect(event.isBase64Encoded).toBe(true);
    expect({ status: created.status, body: created.body }).toMatchObject({
      status: 201,
      body: { title: 'Encoded' },
    });
  });

  it.each([
    [
      'a body that is not JSON',
      { rawBody: '{"title":', headers: { 'content-type': 'application/json' } },
      400,
      'request.malformed-json',
    ],
    [
      'a text/plain body',
      { rawBody: '{"title":"x"}', headers: { 'content-type': 'text/plain' } },
      415,
      'request.unsupported-media-type',
    ],
    ['an unknown field', { json: { title: 'x', ownerId: 'mallory' } }, 400, 'request.invalid'],
    ['a blank title', { json: { title: '  ' } }, 422, 'todo.title-empty'],
  ])('answers %s with the contract problem', async (_name, edits, status, code) => {
    const event = httpApiEvent({ method: 'POST', url: '/todos', claims: newOwner(), ...edits });

    const response = await handlers.call('create-todo', event);

    expect({ status: response.status, code: response.body }).toMatchObject({
      status,
      code: { code },
    });
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});

describe('get-todo', () => {
  it("returns the caller's todo with its ETag, and 404 to anyone else", async () => {
    const alice = newOwner();
    const created = await handlers.create(alice);
    const id = idOf(created.body);
    const read = (owner: { sub: string }) =>
      handlers.call(
        'get-todo',
        httpApiEvent({ method: 'GET', url: `/todos/${id}`, claims: owner, pathParameters: { id } }),
      );

    const own = await read(alice);
    const other = await read(newOwner());

    expect({ status: own.status, body: own.body, etag: own.headers['etag'] }).toEqual({
      status: 200,
      body: created.body,
      etag: '"1"',
    });
    expect({ status: other.status, body: other.body }).toMatchObject({
      status: 404,
      body: { code: 'todo.not-found' },
    });
  });

  it('reads the id from the raw path when API Gateway passed no path parameters', async () => {
    const owner = newOwner();
    const id = idOf((await handlers.create(owner)).body);

    const read = await handlers.call(
      'get-todo',
      httpApiEvent({ method: 'GET', url: `/prod/todos/${id}`, claims: owner }),
    );

    expect(read.status).toBe(200);
  });

  it.each([
    ['another method', 'POST', '/todos/some-id'],
    ['another path', 'GET', '/todos/some-id/extra'],
  ])('answers 404 route.not-found for %s', async (_name, method, url) => {
    const response = await handlers.call(
      'get-todo',
      httpApiEvent({ method, url, claims: newOwner() }),
    );

    expect(response.body).toMatchObject({ status: 404, code: 'route.not-found' });
  });

  it('answers 404 todo.id-invalid for a malformed id', async () => {
    const response = await handlers.call(
      'get-todo',
      httpApiEvent({ method: 'GET', url: '/todos/a.b', claims: newOwner() }),
    );

    expect(response.body).toMatchObject({ status: 404, code: 'todo.id-invalid' });
  });
});

describe('list-todos', () => {
  it("lists only the caller's todos, oldest first, a page at a time", async () => {
    const owner = newOwner();
    const first = (await handlers.create(owner, { title: 'First' })).body;
    const second = (await handlers.create(owner, { title: 'Second' })).body;
    await handlers.create(newOwner(), { title: 'Not mine' });
    const list = (url: string) =>
      handlers.call('list-todos', httpApiEvent({ method: 'GET', url, claims: owner }));

    const page1 = await list('/todos?limit=1');
    const cursor =
      typeof page1.body === 'object' && page1.body !== null && 'nextCursor' in page1.body
        ? String(page1.body.nextCursor)
        : '';
    const page2 = await list(`/todos?limit=1&cursor=${encodeURIComponent(cursor)}`);

    expect(page1.body).toEqual({ items: [first], nextCursor: cursor });
    expect(page2.body).toEqual({ items: [second], nextCursor: null });
  });

  it('refuses a repeated query key with 400 request.invalid, as the Fastify app does', async () => {
    const event = httpApiEvent({
      method: 'GET',
      url: '/todos?limit=1&limit=2',
      claims: newOwner(),
    });

    const response = await handlers.call('list-todos', event);

    expect(response.body).toMatchObject({
      code: 'request.invalid',
      errors: [{ path: '/query/limit' }],
    });
  });

  it('reads multi-value query strings of a REST API event', async () => {
    const owner = newOwner();
    await handlers.create(owner);
    const event = restApiEvent({ method: 'GET', url: '/todos?status=completed', claims: owner });

    const response = await handlers.call('list-todos', event);

    expect(event.multiValueQueryStringParameters).toEqual({ status: ['completed'] });
    expect(response.body).toEqual({ items: [], nextCursor: null });
  });
});
