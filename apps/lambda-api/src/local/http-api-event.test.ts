import { describe, expect, it } from 'vitest';
import { parseGatewayEvent } from '../api-gateway-event.js';
import { claimsOfToken, gatewayTime, httpApiEvent, type LocalRequest } from './http-api-event.js';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const localRequest = (overrides: Partial<LocalRequest> = {}): LocalRequest => ({
  method: 'GET',
  url: '/todos?limit=2&status=open&status=completed',
  headers: {
    host: '127.0.0.1:3001',
    'content-type': 'application/json',
    cookie: 'a=1; b=2',
    'x-forwarded-for': ['10.0.0.1', '10.0.0.2'].join(', '),
  },
  body: Buffer.alloc(0),
  routePath: '/todos',
  pathParameters: {},
  claims: { sub: 'user-1', exp: '1796362471' },
  requestId: 'req-1',
  sourceIp: '127.0.0.1',
  protocol: 'HTTP/1.1',
  receivedAt: new Date('2026-03-12T19:03:58.000Z'),
  ...overrides,
});

describe('httpApiEvent', () => {
  it('is read back by the handlers as the same request, owner from the claims', () => {
    const event = httpApiEvent(localRequest());

    const parsed = parseGatewayEvent(event);

    expect(parsed.ok ? parsed.value : parsed.error).toMatchObject({
      format: '2.0',
      method: 'GET',
      path: '/todos',
      query: { limit: '2', status: ['open', 'completed'] },
      requestId: 'req-1',
      owner: { kind: 'owner', ownerId: 'user-1' },
      headers: { cookie: 'a=1; b=2', host: '127.0.0.1:3001' },
    });
  });

  it('writes the fields API Gateway writes: route key, joined query, cookies, time', () => {
    const event = httpApiEvent(localRequest({ pathParameters: {} }));

    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /todos',
      rawPath: '/todos',
      rawQueryString: 'limit=2&status=open&status=completed',
      queryStringParameters: { limit: '2', status: 'open,completed' },
      cookies: ['a=1', 'b=2'],
      requestContext: {
        http: { method: 'GET', path: '/todos', sourceIp: '127.0.0.1' },
        routeKey: 'GET /todos',
        stage: '$default',
        time: '12/Mar/2026:19:03:58 +0000',
        timeEpoch: Date.parse('2026-03-12T19:03:58.000Z'),
      },
      isBase64Encoded: false,
    });
    expect(event.headers['cookie']).toBeUndefined();
  });

  it('sends JSON bodies as text and other bodies as base64', () => {
    const json = httpApiEvent(localRequest({ method: 'POST', body: Buffer.from('{"title":"é"}') }));
    const binary = httpApiEvent(
      localRequest({
        method: 'POST',
        body: Buffer.from([0xff, 0x00]),
        headers: { 'content-type': 'application/octet-stream' },
      }),
    );

    expect(json).toMatchObject({ body: '{"title":"é"}', isBase64Encoded: false });
    expect(binary).toMatchObject({ body: '/wA=', isBase64Encoded: true });
  });
});

describe('claimsOfToken', () => {
  it('passes every claim as a string, as the JWT authorizer does', () => {
    const token = `${base64url({ alg: 'HS256' })}.${base64url({
      sub: 'user-1',
      exp: 1796362471,
      admin: false,
      groups: ['a', 'b'],
    })}.signature`;

    expect(claimsOfToken(token)).toEqual({
      sub: 'user-1',
      exp: '1796362471',
      admin: 'false',
      groups: '["a","b"]',
    });
  });
});

describe('gatewayTime', () => {
  it('pads day, hours, minutes and seconds', () => {
    expect(gatewayTime(new Date('2026-01-02T03:04:05.000Z'))).toBe('02/Jan/2026:03:04:05 +0000');
  });
});
