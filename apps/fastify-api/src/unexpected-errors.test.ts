import type { TodoUseCases } from '@todo/ports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/start-test-server.js';

const leakyMessage = 'table todos-prod in account 123456789012 exploded';

// Use cases that fail the way a bug does: by throwing. Nothing else can make the app answer 500.
const failing = (): never => {
  throw new Error(leakyMessage);
};
const brokenTodos: TodoUseCases = {
  createTodo: async () => failing(),
  getTodo: async () => failing(),
  listTodos: async () => failing(),
  updateTodo: async () => failing(),
  completeTodo: async () => failing(),
  deleteTodo: async () => failing(),
};

describe('an unexpected failure in a use case', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ store: { kind: 'memory' }, todos: brokenTodos });
  });
  afterAll(() => server.stop());

  it('is answered 500 internal, saying nothing about the failure, and logged as an error', async () => {
    const token = await server.tokenFor('owner-500');

    const response = await fetch(`${server.baseUrl}/todos`, {
      headers: { authorization: `Bearer ${token}` },
    });

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      code: 'internal',
      status: 500,
      title: 'Internal error',
    });
    expect(text).not.toContain('exploded');
    const errors = server.logLines().filter((line) => line['level'] === 50);
    expect(errors.map((line) => line['msg'])).toEqual(['request failed', 'request completed']);
    expect(JSON.stringify(errors[0])).toContain(leakyMessage);
    // Written through request.log, so bound to the request's id like the line that follows it.
    expect(errors[0]?.['requestId']).toBe(response.headers.get('x-request-id'));
    expect(errors[1]).toMatchObject({ statusCode: 500, errorCode: 'internal', route: '/todos' });
  });
});
