import { describe, expect, it } from 'vitest';
import {
  parseGatewayEvent,
  UnsupportedEventError,
  type GatewayRequest,
} from './api-gateway-event.js';
import {
  loadHttpApiEvent,
  loadLambdaEvent,
  loadRestApiEvent,
} from './test-support/lambda-events.js';

const parsed = (event: unknown): GatewayRequest => {
  const request = parseGatewayEvent(event);
  if (!request.ok) throw request.error;
  return request.value;
};

describe('parseGatewayEvent on HTTP API events (payload 2.0)', () => {
  it('reads a JWT authorizer event: method, path, lower-case headers, request id and owner', () => {
    const event = loadHttpApiEvent('powertools-ts-apigw-http-v2-jwt.json');

    const request = parsed(event);

    expect(request).toMatchObject({
      format: '2.0',
      method: 'POST',
      path: '/cognito',
      requestId: 'ZhMpgigvDoEEPlg=',
      owner: { kind: 'owner', ownerId: 'd2f50444-0041-7036-aea2-a955fca33d37' },
    });
    expect(request.headers['user-agent']).toBe('HTTPie/3.2.2');
    expect(request.body).toBeUndefined();
  });

  it.each(['powertools-py-apigw-http-v2-jwt.json', 'java-libs-apigw-http-v2-jwt.json'])(
    'keeps repeated query keys apart from rawQueryString and joins cookies in %s',
    (file) => {
      const event = loadHttpApiEvent(file);

      const request = parsed(event);

      expect(event.rawQueryString).toBe('parameter1=value1&parameter1=value2&parameter2=value');
      expect(request.query).toEqual({ parameter1: ['value1', 'value2'], parameter2: 'value' });
      expect(request.headers['cookie']).toBe(event.cookies?.join('; '));
      expect(request.headers['header1']).toBe(event.headers['Header1']);
      expect(request.pathParameters).toEqual(event.pathParameters);
    },
  );

  it('decodes a base64 body and lower-cases header names of any case', () => {
    const event = loadHttpApiEvent('sam-cli-apigw-http-v2-jwt-base64.json');

    const request = parsed(event);

    expect(event.isBase64Encoded).toBe(true);
    expect(request.body).toBe('{"test":"body"}');
    expect(request.headers).toMatchObject({ header1: 'value1', header2: 'value1,value2' });
    expect(Object.keys(request.headers).every((name) => name === name.toLowerCase())).toBe(true);
  });

  it('finds no owner when the JWT authorizer passed claims without sub', () => {
    const event = loadHttpApiEvent('sam-cli-apigw-http-v2-jwt-base64.json');

    expect(parsed(event).owner).toEqual({ kind: 'absent' });
  });

  it("reads the owner from a Lambda authorizer's context, and none when it is null", () => {
    const event = loadHttpApiEvent('powertools-ts-apigw-http-v2-noauth.json');
    const withContext = {
      ...event,
      requestContext: { ...event.requestContext, authorizer: { lambda: { sub: 'user-7' } } },
    };

    expect(parsed(event).owner).toEqual({ kind: 'absent' });
    expect(parsed(withContext).owner).toEqual({ kind: 'owner', ownerId: 'user-7' });
  });

  it('reads Function URL events, whose IAM authorizer names no owner', () => {
    const event = loadHttpApiEvent('powertools-ts-function-url.json');

    const request = parsed(event);

    expect(request).toMatchObject({
      format: '2.0',
      method: 'POST',
      path: '/',
      owner: { kind: 'absent' },
    });
    expect(request.headers['header2']).toBe('value1,value2');
    expect(request.query).toEqual({ parameter1: ['value1', 'value2'], parameter2: 'value' });
  });

  it('falls back to queryStringParameters when the raw query string is empty', () => {
    const event = loadHttpApiEvent('powertools-py-function-url-headers.json');

    expect(parsed(event).query).toEqual(event.queryStringParameters);
  });
});

describe('parseGatewayEvent on REST API proxy events (payload 1.0)', () => {
  it("reads the owner from a Cognito authorizer's claims", () => {
    const event = loadRestApiEvent('powertools-ts-apigw-rest-v1-cognito-authorizer.json');

    const request = parsed(event);

    expect(request).toMatchObject({
      format: '1.0',
      method: 'POST',
      path: '/cognito',
      requestId: 'e56434a3-0b5d-453c-9183-f07a5e91fbb3',
      owner: { kind: 'owner', ownerId: 'd2f50444-0041-7036-aea2-a955fca33d37' },
    });
  });

  it('finds no owner without an authorizer, and reads multi-value headers', () => {
    const event = loadRestApiEvent('powertools-ts-apigw-rest-v1-noauth.json');

    const request = parsed(event);

    expect(request.owner).toEqual({ kind: 'absent' });
    expect(request.headers['x-forwarded-for']).toBe('15.248.3.126, 130.176.209.21');
    expect(request.headers['host']).toBe('puhdx84jy9.execute-api.eu-west-1.amazonaws.com');
  });

  it.each(['java-libs-apigw-rest-v1.json', 'powertools-py-apigw-rest-v1.json'])(
    'joins repeated headers and keeps repeated query keys apart in %s',
    (file) => {
      const event = loadRestApiEvent(file);
      const multiValueHeaders = event.multiValueHeaders;
      const multiValueQuery = event.multiValueQueryStringParameters ?? {};

      const request = parsed(event);

      expect(request.headers['header2']).toBe(multiValueHeaders['Header2']?.join(', '));
      for (const [key, values = []] of Object.entries(multiValueQuery)) {
        expect(request.query[key]).toEqual(values.length === 1 ? values[0] : values);
      }
      expect(request.body).toBe('Hello from Lambda!');
      expect(request.owner).toEqual({ kind: 'absent' });
    },
  );

  it('decodes a base64 body', () => {
    const event = loadRestApiEvent('sam-cli-apigw-rest-v1-base64.json');

    expect(parsed(event).body).toBe('{"test":"body"}');
  });

  it("reads the owner from a Lambda authorizer's sub, not from its principalId", () => {
    const event = loadRestApiEvent('powertools-ts-apigw-rest-v1-noauth.json');
    const authorized = (authorizer: Record<string, unknown>) => ({
      ...event,
      requestContext: { ...event.requestContext, authorizer },
    });

    expect(parsed(authorized({ principalId: 'p-1', sub: 'user-9' })).owner).toEqual({
      kind: 'owner',
      ownerId: 'user-9',
    });
    expect(parsed(authorized({ principalId: 'p-1' })).owner).toEqual({ kind: 'absent' });
  });

  it('reads single-value maps when the multi-value ones are absent', () => {
    const event = loadRestApiEvent('powertools-ts-apigw-rest-v1-noauth.json');
    const { multiValueHeaders: _headers, ...singleValued } = {
      ...event,
      queryStringParameters: { limit: '5' },
      multiValueQueryStringParameters: null,
    };

    const request = parsed(singleValued);

    expect(request.query).toEqual({ limit: '5' });
    expect(request.headers['user-agent']).toBe('HTTPie/3.2.2');
  });
});

describe('parseGatewayEvent and the owner', () => {
  const withAuthorizer = (authorizer: unknown) => {
    const event = loadHttpApiEvent('powertools-ts-apigw-http-v2-jwt.json');
    return { ...event, requestContext: { ...event.requestContext, authorizer } };
  };

  it.each([
    ['an empty sub', { jwt: { claims: { sub: '' } } }],
    ['a sub over 128 characters', { jwt: { claims: { sub: 'x'.repeat(129) } } }],
    ['a numeric sub', { lambda: { sub: 42 } }],
  ])('calls %s invalid', (_name, authorizer) => {
    expect(parsed(withAuthorizer(authorizer)).owner).toEqual({ kind: 'invalid' });
  });

  it('never takes an owner from headers, query or body', () => {
    const event = loadHttpApiEvent('powertools-ts-apigw-http-v2-noauth.json');
    const claimed = {
      ...event,
      headers: { ...event.headers, 'x-owner-id': 'mallory', sub: 'mallory' },
      rawQueryString: 'sub=mallory&ownerId=mallory',
      body: JSON.stringify({ sub: 'mallory', ownerId: 'mallory' }),
    };

    expect(parsed(claimed).owner).toEqual({ kind: 'absent' });
  });
});

describe('parseGatewayEvent on other input', () => {
  it.each([
    'powertools-ts-dynamodb-stream.json',
    'powertools-ts-eventbridge.json',
    'sam-cli-eventbridge-scheduled.json',
  ])('refuses %s as not an HTTP event', (file) => {
    const result = parseGatewayEvent(loadLambdaEvent(file));

    expect(result.ok ? undefined : result.error).toBeInstanceOf(UnsupportedEventError);
  });

  it.each([null, 'GET /todos', [], { version: '2.0' }, { version: '3.0', httpMethod: 'GET' }])(
    'refuses %j',
    (event) => {
      const result = parseGatewayEvent(event);

      expect(result.ok ? undefined : result.error).toMatchObject({
        code: 'lambda-api.event-unsupported',
      });
    },
  );

  it('keeps a `__proto__` query key as a plain parameter', () => {
    const event = loadHttpApiEvent('powertools-ts-apigw-http-v2-jwt.json');

    const request = parsed({ ...event, rawQueryString: '__proto__=a&__proto__=b' });

    expect(Object.getPrototypeOf(request.query)).toBe(Object.prototype);
    expect(Object.hasOwn(request.query, '__proto__')).toBe(true);
  });
});
