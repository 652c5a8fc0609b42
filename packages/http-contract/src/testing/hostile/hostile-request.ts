import type { ProblemCode } from '../../error-table.js';
import type { RawRequest } from './raw-http-exchange.js';

/** A request the server must refuse, and the problem codes it may refuse it with. */
export interface HostileRequest extends RawRequest {
  /** What kind of garbage it is, for the tally and for failure messages. */
  readonly kind: string;
  /** Which case of its kind, when the kind is a list of cases. */
  readonly detail?: string;
  /** Acceptable `code`s; each implies its status through the error table. */
  readonly expected: readonly ProblemCode[];
}

/** How {@link requestBytes} frames the body. */
export type BodyFraming =
  /** `Content-Length` of the body as sent. */
  | 'length'
  /** `Transfer-Encoding: chunked`, in chunks of at most 4 KiB. */
  | 'chunked'
  /** `Content-Length` that says something else than the body's size. */
  | { readonly declaredLength: number };

/** The parts of a request to put on the wire. Strings are sent as latin1, byte for byte. */
export interface RequestParts {
  readonly method: string;
  /** The request target, sent exactly as given (no normalisation, no encoding). */
  readonly target: string;
  /** Sent in order after `Host` (unless `host` is false) and `Connection: close`. */
  readonly headers?: readonly (readonly [string, string])[];
  readonly body?: string | Uint8Array;
  readonly framing?: BodyFraming;
  /** Send a `Host` header (HTTP/1.1 requires one). Default true. */
  readonly host?: boolean;
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

const chunked = (body: Buffer): Buffer => {
  const parts: Buffer[] = [];
  for (let offset = 0; offset < body.length; offset += 4096) {
    const chunk = body.subarray(offset, offset + 4096);
    parts.push(latin1(`${chunk.length.toString(16)}\r\n`), chunk, latin1('\r\n'));
  }
  parts.push(latin1('0\r\n\r\n'));
  return Buffer.concat(parts);
};

/**
 * The bytes of an HTTP/1.1 request: request line, `Host`, `Connection: close`, the given headers,
 * framing headers and the body. The body is UTF-8 when given as a string; bytes go as they are.
 */
export const requestBytes = (parts: RequestParts): Buffer => {
  const body =
    parts.body === undefined
      ? undefined
      : typeof parts.body === 'string'
        ? Buffer.from(parts.body, 'utf8')
        : Buffer.from(parts.body);
  const framing = parts.framing ?? 'length';
  const lines = [
    `${parts.method} ${parts.target} HTTP/1.1`,
    ...(parts.host === false ? [] : ['Host: 127.0.0.1']),
    'Connection: close',
    ...(parts.headers ?? []).map(([name, value]) => `${name}: ${value}`),
  ];
  if (body !== undefined) {
    if (framing === 'chunked') lines.push('Transfer-Encoding: chunked');
    else if (framing === 'length') lines.push(`Content-Length: ${body.length}`);
    else lines.push(`Content-Length: ${framing.declaredLength}`);
  }
  const head = latin1(`${lines.join('\r\n')}\r\n\r\n`);
  if (body === undefined) return head;
  return Buffer.concat([head, framing === 'chunked' ? chunked(body) : body]);
};

/** A printable summary of a request for failure messages: the start of its bytes, escaped. */
export const describeRequest = (request: HostileRequest): string => {
  const text = Buffer.from(request.bytes).toString('latin1');
  const start = JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);
  const kind = request.detail === undefined ? request.kind : `${request.kind} (${request.detail})`;
  return `${kind}, ${request.bytes.length} bytes: ${start}`;
};
