import { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  answerClientError,
  clientErrorResponse,
  missingHostResponse,
  rawHttpResponse,
} from './client-error-response.js';
import { errorCodeOf } from './operational-responses.js';

const nodeError = (code: string) => Object.assign(new Error(code), { code });

/** A socket stand-in that keeps what is written to it. */
const recordingSocket = () => {
  const written: string[] = [];
  const socket = new Duplex({
    // Nothing to read: only what the answer writes matters.
    read() {
      this.push(null);
    },
    write(chunk: Buffer, _encoding, callback) {
      written.push(chunk.toString('latin1'));
      callback();
    },
  });
  return { socket, written: () => written.join('') };
};

describe('clientErrorResponse', () => {
  it.each([
    ['HPE_HEADER_OVERFLOW', 431, 'request.headers-too-large'],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408, 'request.timeout'],
    ['HPE_INVALID_METHOD', 400, 'request.malformed'],
    ['HPE_UNEXPECTED_CONTENT_LENGTH', 400, 'request.malformed'],
  ])('answers %s with %i %s', (code, status, problem) => {
    const response = clientErrorResponse(nodeError(code));

    expect(response.status).toBe(status);
    expect(errorCodeOf(response)).toBe(problem);
  });
});

describe('rawHttpResponse', () => {
  it('writes an HTTP/1.1 response that closes the connection, its length in bytes', () => {
    const raw = rawHttpResponse({
      status: 400,
      headers: { 'content-type': 'application/problem+json; charset=utf-8' },
      body: { detail: 'é' },
    });

    expect(raw).toBe(
      'HTTP/1.1 400 Bad Request\r\n' +
        'content-type: application/problem+json; charset=utf-8\r\n' +
        'content-length: 15\r\n' +
        'connection: close\r\n' +
        '\r\n' +
        '{"detail":"é"}',
    );
  });
});

describe('answerClientError', () => {
  it('writes the problem and closes the socket', () => {
    const { socket, written } = recordingSocket();

    answerClientError(nodeError('HPE_HEADER_OVERFLOW'), socket);

    expect(written()).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(written()).toContain('"code":"request.headers-too-large"');
    expect(socket.destroyed).toBe(true);
  });

  it('writes nothing to a connection the client reset', () => {
    const { socket, written } = recordingSocket();

    answerClientError(nodeError('ECONNRESET'), socket);

    expect(written()).toBe('');
    expect(socket.destroyed).toBe(true);
  });
});

describe('missingHostResponse', () => {
  it('refuses an HTTP/1.1 request without Host, and nothing else', () => {
    expect(
      errorCodeOf(
        missingHostResponse({ httpVersion: '1.1', headers: {} }) ?? { status: 200, headers: {} },
      ),
    ).toBe('request.malformed');
    expect(missingHostResponse({ httpVersion: '1.1', headers: { host: 'x' } })).toBeUndefined();
    expect(missingHostResponse({ httpVersion: '1.0', headers: {} })).toBeUndefined();
  });
});
