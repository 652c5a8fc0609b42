import { problemResponse } from '@todo/http-contract';
import { describe, expect, it } from 'vitest';
import { toGatewayResult } from './gateway-response.js';

describe('toGatewayResult', () => {
  const created = {
    status: 201,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      etag: '"1"',
      location: '/todos/a',
    },
    body: { id: 'a', title: 'Buy milk' },
  };

  it.each(['1.0', '2.0'] as const)(
    'returns status, headers with the extra ones and a JSON body in format %s',
    (format) => {
      const result = toGatewayResult(format, created, { 'x-request-id': 'r-1' });

      expect(result).toEqual({
        statusCode: 201,
        headers: { ...created.headers, 'x-request-id': 'r-1' },
        body: '{"id":"a","title":"Buy milk"}',
        isBase64Encoded: false,
      });
    },
  );

  it('leaves the body out of a 2.0 result without one, and sends an empty string in 1.0', () => {
    const noContent = { status: 204, headers: {} };

    expect(toGatewayResult('2.0', noContent, {})).toEqual({
      statusCode: 204,
      headers: {},
      isBase64Encoded: false,
    });
    expect(toGatewayResult('1.0', noContent, {}).body).toBe('');
  });

  it("keeps a problem's content type and headers", () => {
    const result = toGatewayResult('2.0', problemResponse('auth.missing-credentials'), {});

    expect(result.headers).toMatchObject({
      'content-type': 'application/problem+json; charset=utf-8',
      'www-authenticate': 'Bearer',
    });
    expect(JSON.parse(result.body ?? '')).toMatchObject({ code: 'auth.missing-credentials' });
  });
});
