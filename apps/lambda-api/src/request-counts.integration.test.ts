import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeHandlerApplication, type HandlerApplication } from './composition-root.js';
import { allUseCasesWiring } from './handler-wiring.js';
import { handlerRoutes, type HandlerName } from './handler-names.js';
import { httpApiEvent, invoke, newOwner } from './test-support/handler-invoker.js';
import { countRequests, type RequestCounter } from './test-support/request-counter.js';
import {
  createTestTable,
  testCredentials,
  testRegion,
  type TestTable,
} from './test-support/test-table.js';
import { createTodoRouteHandler } from './todo-route-handler.js';

// The budget per use case, counted where the use cases meet the DynamoDB adapter: one
// request for each read or write, two (read, conditional write) for an update or completion, and
// three for a create with an idempotency key (claim, create, complete).
describe('DynamoDB requests per handler invocation', () => {
  let table: TestTable;
  let application: HandlerApplication;
  let counter: RequestCounter;

  beforeAll(async () => {
    table = await createTestTable('request-counts');
    application = composeHandlerApplication(
      { tableName: table.tableName, endpoint: table.endpoint },
      allUseCasesWiring,
      { region: testRegion, credentials: testCredentials, logLevel: 'SILENT' },
    );
    counter = countRequests(application.dynamoDb);
  });

  afterAll(async () => {
    application.close();
    await table.drop();
  });

  const send = async (name: HandlerName, edits: Parameters<typeof httpApiEvent>[0]) => {
    const handler = createTodoRouteHandler(handlerRoutes[name], application);
    const invocation = await invoke(handler, name, httpApiEvent(edits));
    expect(invocation.status).toBeLessThan(300);
    return invocation;
  };

  const created = async (owner: { sub: string }) => {
    const { body } = await send('create-todo', {
      method: 'POST',
      url: '/todos',
      json: { title: 'Water the plants' },
      claims: owner,
    });
    const id = typeof body === 'object' && body !== null && 'id' in body ? body.id : undefined;
    if (typeof id !== 'string') throw new Error('no id');
    return id;
  };

  it('create is one PutItem', async () => {
    const owner = newOwner();

    expect(await counter.during(() => created(owner))).toEqual(['PutItem']);
  });

  it('create with an Idempotency-Key claims, creates and completes: PutItem, PutItem, UpdateItem', async () => {
    const owner = newOwner();
    const event = {
      method: 'POST',
      url: '/todos',
      json: { title: 'Water the plants' },
      headers: { 'idempotency-key': `key-${owner.sub}` },
      claims: owner,
    } as const;

    const first = await counter.during(() => send('create-todo', event));
    const replay = await counter.during(() => send('create-todo', event));

    expect(first).toEqual(['PutItem', 'PutItem', 'UpdateItem']);
    // The claim's condition fails, and one strongly consistent read fetches the stored answer.
    expect(replay).toEqual(['PutItem', 'GetItem']);
  });

  it('get is one GetItem', async () => {
    const owner = newOwner();
    const id = await created(owner);

    const requests = await counter.during(() =>
      send('get-todo', { method: 'GET', url: `/todos/${id}`, claims: owner }),
    );

    expect(requests).toEqual(['GetItem']);
  });

  it.each(['/todos', '/todos?status=open', '/todos?status=completed&limit=5'])(
    'list %s is one Query',
    async (url) => {
      const owner = newOwner();
      await created(owner);

      expect(
        await counter.during(() => send('list-todos', { method: 'GET', url, claims: owner })),
      ).toEqual(['Query']);
    },
  );

  it.each([
    ['an edit', { title: 'Repot the plants' }, {}],
    ['a completion (completed: true)', { completed: true }, {}],
    ['an edit with If-Match', { description: 'Monday' }, { 'if-match': '"1"' }],
  ])('update with %s is a GetItem and a conditional PutItem', async (_name, json, headers) => {
    const owner = newOwner();
    const id = await created(owner);

    const requests = await counter.during(() =>
      send('update-todo', { method: 'PATCH', url: `/todos/${id}`, json, headers, claims: owner }),
    );

    expect(requests).toEqual(['GetItem', 'PutItem']);
  });

  it('delete is one DeleteItem', async () => {
    const owner = newOwner();
    const id = await created(owner);

    const requests = await counter.during(() =>
      send('delete-todo', { method: 'DELETE', url: `/todos/${id}`, claims: owner }),
    );

    expect(requests).toEqual(['DeleteItem']);
  });

  it('a title the domain refuses sends nothing', async () => {
    const handler = createTodoRouteHandler(handlerRoutes['create-todo'], application);

    const requests = await counter.during(() =>
      invoke(
        handler,
        'create-todo',
        httpApiEvent({ method: 'POST', url: '/todos', json: { title: ' ' }, claims: newOwner() }),
      ),
    );

    expect(requests).toEqual([]);
  });
});
