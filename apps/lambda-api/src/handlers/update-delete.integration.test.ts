import { describe, expect, it } from 'vitest';
import { httpApiEvent, newOwner, restApiEvent } from '../test-support/handler-invoker.js';
import { idOf, useHandlerModules } from '../test-support/handler-modules.js';

const handlers = useHandlerModules('update-delete');

describe('update-todo', () => {
  const patch = (
    owner: { sub: string },
    id: string,
    json: unknown,
    headers: Record<string, string> = {},
  ) =>
    handlers.call(
      'update-todo',
      httpApiEvent({ method: 'PATCH', url: `/todos/${id}`, claims: owner, json, headers }),
    );

  it('edits, then completes, each change a new version', async () => {
    const owner = newOwner();
    const id = idOf((await handlers.create(owner)).body);

    const edited = await patch(owner, id, { title: 'Buy oat milk' });
    const completed = await patch(owner, id, { completed: true });

    expect(edited.body).toMatchObject({ title: 'Buy oat milk', version: 2 });
    expect(completed.body).toMatchObject({ completed: true, version: 3 });
    expect(completed.headers['etag']).toBe('"3"');
  });

  it('refuses a stale If-Match with 412 and a repeated one with 400', async () => {
    const owner = newOwner();
    const id = idOf((await handlers.create(owner)).body);
    await patch(owner, id, { title: 'v2' });

    const stale = await patch(owner, id, { title: 'lost' }, { 'if-match': '"1"' });
    const event = restApiEvent({
      method: 'PATCH',
      url: `/todos/${id}`,
      claims: owner,
      json: { title: 'x' },
    });
    const repeated = await handlers.call('update-todo', {
      ...event,
      multiValueHeaders: { ...event.multiValueHeaders, 'If-Match': ['"2"', '"3"'] },
    });

    expect(stale.body).toMatchObject({ status: 412, code: 'todo.version-mismatch' });
    expect(repeated.body).toMatchObject({ status: 400, code: 'request.if-match-invalid' });
  });

  it("answers 404 for another owner's todo and leaves it alone", async () => {
    const owner = newOwner();
    const created = await handlers.create(owner);
    const id = idOf(created.body);

    const response = await patch(newOwner(), id, { title: 'Mine now' });
    const read = await handlers.call(
      'get-todo',
      httpApiEvent({ method: 'GET', url: `/todos/${id}`, claims: owner }),
    );

    expect(response.body).toMatchObject({ status: 404, code: 'todo.not-found' });
    expect(read.body).toEqual(created.body);
  });
});

describe('delete-todo', () => {
  it('deletes: 204 without a body, then 404', async () => {
    const owner = newOwner();
    const id = idOf((await handlers.create(owner)).body);
    const remove = () =>
      handlers.call(
        'delete-todo',
        httpApiEvent({ method: 'DELETE', url: `/todos/${id}`, claims: owner }),
      );

    const deleted = await remove();
    const again = await remove();

    expect(deleted.result).toEqual({
      statusCode: 204,
      headers: { 'x-request-id': 'ZhMpgigvDoEEPlg=' },
      isBase64Encoded: false,
    });
    expect(again.body).toMatchObject({ status: 404, code: 'todo.not-found' });
  });

  it('answers a REST API event in the 1.0 shape, with an empty body', async () => {
    const owner = newOwner();
    const id = idOf((await handlers.create(owner)).body);

    const deleted = await handlers.call(
      'delete-todo',
      restApiEvent({ method: 'DELETE', url: `/todos/${id}`, claims: owner }),
    );

    expect(deleted.result).toMatchObject({ statusCode: 204, body: '', isBase64Encoded: false });
  });

  it("answers 404 for another owner's todo", async () => {
    const id = idOf((await handlers.create(newOwner())).body);

    const deleted = await handlers.call(
      'delete-todo',
      httpApiEvent({ method: 'DELETE', url: `/todos/${id}`, claims: newOwner() }),
    );

    expect(deleted.body).toMatchObject({ status: 404, code: 'todo.not-found' });
  });
});
