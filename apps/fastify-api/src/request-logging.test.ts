import { requestLogFields } from '@todo/http-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/start-test-server.js';

describe('request logging', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ store: { kind: 'memory' } });
  });
  afterAll(() => server.stop());

  it('writes one line per request with the shared fields, and no token, title or owner', async () => {
    const owner = 'owner-logged-7f3a';
    const token = await server.tokenFor(owner);
    const title = 'Secret surprise party';
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const before = server.logLines().length;

    const created = await fetch(`${server.baseUrl}/todos`, {
      method: 'POST',
      headers: { ...headers, 'x-request-id': 'client-id-42' },
      body: JSON.stringify({ title, description: 'Do not tell anyone' }),
    });
    const view: unknown = await created.json();
    const id = typeof view === 'object' && view !== null && 'id' in view ? String(view.id) : '';
    const missing = await fetch(`${server.baseUrl}/todos/unknown-id`, { headers });
    const anonymous = await fetch(`${server.baseUrl}/todos/${id}`);

    const lines = server
      .logLines()
      .slice(before)
      .filter((line) => line['msg'] === 'request completed');
    expect(lines).toHaveLength(3);
    expect(
      lines.map((line) =>
        Object.keys(line)
          .filter((key) => Object.values(requestLogFields).some((field) => field === key))
          .sort(),
      ),
    ).toEqual([
      ['durationMs', 'method', 'requestId', 'route', 'statusCode'],
      ['durationMs', 'errorCode', 'method', 'requestId', 'route', 'statusCode'],
      ['durationMs', 'errorCode', 'method', 'requestId', 'route', 'statusCode'],
    ]);
    expect(lines).toMatchObject([
      { method: 'POST', route: '/todos', statusCode: 201, requestId: 'client-id-42', level: 30 },
      { method: 'GET', route: '/todos/{id}', statusCode: 404, errorCode: 'todo.not-found' },
      {
        method: 'GET',
        route: '/todos/{id}',
        statusCode: 401,
        errorCode: 'auth.missing-credentials',
      },
    ]);
    for (const line of lines) expect(line['durationMs']).toBeTypeOf('number');
    expect(created.headers.get('x-request-id')).toBe('client-id-42');
    expect(missing.headers.get('x-request-id')).toBe(lines[1]?.['requestId']);
    expect(anonymous.status).toBe(401);

    const everything = server.logText();
    for (const secret of [token, title, 'Do not tell anyone', owner]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('makes its own request id when the caller sends an unsafe one', async () => {
    const response = await fetch(`${server.baseUrl}/health`, {
      headers: { 'x-request-id': 'bad id\twith spaces' },
    });

    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs unknown routes with a null route', async () => {
    const before = server.logLines().length;

    await fetch(`${server.baseUrl}/nowhere`);

    const [line] = server.logLines().slice(before);
    expect(line).toMatchObject({ route: null, statusCode: 404, errorCode: 'route.not-found' });
  });
});
