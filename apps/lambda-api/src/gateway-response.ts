import type { HttpResponse } from '@todo/http-contract';
import type { PayloadFormat } from './authorizer-owner.js';

/**
 * What a handler returns to API Gateway: the structured result both payload formats accept.
 * 2.0 leaves `body` out when there is none; 1.0 wants a string, so it gets `''`. Bodies are JSON
 * text, never base64. Each header is sent once, so `headers` serves 1.0 as well.
 */
export interface GatewayResult {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly isBase64Encoded: false;
}

/**
 * Turns the contract's response into the result for `format`, with `extraHeaders` (the request
 * id) added. The contract's header names are already lower case.
 *
 * @example
 * toGatewayResult('2.0', { status: 204, headers: {} }, {}) // { statusCode: 204, headers: {}, isBase64Encoded: false }
 */
export const toGatewayResult = (
  format: PayloadFormat,
  response: HttpResponse,
  extraHeaders: Readonly<Record<string, string>>,
): GatewayResult => {
  const headers = { ...response.headers, ...extraHeaders };
  if (response.body !== undefined) {
    return {
      statusCode: response.status,
      headers,
      body: JSON.stringify(response.body),
      isBase64Encoded: false,
    };
  }
  return format === '1.0'
    ? { statusCode: response.status, headers, body: '', isBase64Encoded: false }
    : { statusCode: response.status, headers, isBase64Encoded: false };
};
