import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support/start-test-server.js';

describe('CORS', () => {
  let server: TestServer | undefined;
  afterEach(() => server?.stop());

  const preflight = (baseUrl: string, origin: string) =>
    fetch(`${baseUrl}/todos`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });

  it('is off by default: no CORS headers, and preflights find no route', async () => {
    server = await startTestServer({ store: { kind: 'memory' } });

    const response = await preflight(server.baseUrl, 'https://app.example.com');

    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the configured origins only', async () => {
    server = await startTestServer({
      store: { kind: 'memory' },
      corsOrigins: ['https://app.example.com'],
    });

    const allowed = await preflight(server.baseUrl, 'https://app.example.com');
    const other = await preflight(server.baseUrl, 'https://evil.example.com');

    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
