import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { HttpResponse } from './http-exchange.js';
import { problemResponse } from './problem-response.js';

/**
 * How long a server waits for a whole request (line, headers and body) before answering 408
 * `request.timeout`. A 16 KiB request needs far less; without a bound, a client that sends a few
 * bytes and stops holds a connection for as long as it likes.
 */
export const requestTimeoutMs = 10_000;

const errorCode = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;

/**
 * The answer to a request that Node's HTTP parser refused before any route saw it (the
 * server's `clientError` event): 431 for headers over Node's 16 KiB limit, 408 when the request
 * did not arrive within the request timeout, 400 `request.malformed` for anything else that is
 * not HTTP/1.1 (a broken request line, a bad header, conflicting or short `Content-Length`).
 */
export const clientErrorResponse = (error: unknown): HttpResponse => {
  switch (errorCode(error)) {
    case 'HPE_HEADER_OVERFLOW':
      return problemResponse('request.headers-too-large', {
        detail: 'The request line and headers are larger than 16 KiB.',
      });
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return problemResponse('request.timeout', {
        detail: 'The request did not arrive in full in time.',
      });
    default:
      return problemResponse('request.malformed', { detail: 'The request is not valid HTTP/1.1.' });
  }
};

/**
 * The 400 for an HTTP/1.1 request without `Host` (RFC 9112 says a server must refuse it), or
 * `undefined` when the request has one or is HTTP/1.0. Servers turn Node's own check off
 * (`requireHostHeader: false`), which answers without a body, and ask this instead.
 */
export const missingHostResponse = (request: {
  readonly httpVersion: string;
  readonly headers: { readonly host?: string | undefined };
}): HttpResponse | undefined =>
  request.httpVersion === '1.1' && request.headers.host === undefined
    ? problemResponse('request.malformed', { detail: 'An HTTP/1.1 request needs a Host header.' })
    : undefined;

/** `response` as the bytes of an HTTP/1.1 response that closes the connection. */
export const rawHttpResponse = (response: HttpResponse): string => {
  const body = response.body === undefined ? '' : JSON.stringify(response.body);
  const headers = {
    ...response.headers,
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  return [
    `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    '',
    body,
  ].join('\r\n');
};

/**
 * A listener for a Node HTTP server's `clientError` event that answers with
 * {@link clientErrorResponse} as problem+json, where Node (and Fastify) would write a bare 400 or
 * 431. As Node does, it writes the answer and closes the connection: after a parse error the
 * rest of the stream cannot be trusted to frame another request.
 *
 * @example
 * server.on('clientError', answerClientError);
 */
export const answerClientError = (error: unknown, socket: Duplex): void => {
  // A reset connection has nobody left to answer.
  if (errorCode(error) !== 'ECONNRESET' && socket.writable) {
    socket.write(rawHttpResponse(clientErrorResponse(error)));
  }
  socket.destroy();
};
