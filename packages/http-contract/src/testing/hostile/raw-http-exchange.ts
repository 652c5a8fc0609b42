import { connect } from 'node:net';

/** An HTTP/1.1 request as bytes on the wire, for what `fetch` refuses to send. */
export interface RawRequest {
  readonly bytes: Uint8Array;
  /**
   * Close our side of the connection once the bytes are sent, so that a server waiting for a
   * body that will never come (a `Content-Length` larger than the body) sees the end of it.
   */
  readonly halfClose?: boolean;
}

/** The first final (non-1xx) response read back from the socket. */
export interface RawResponse {
  readonly status: number;
  /** Lower-case names; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /** Milliseconds from connecting to the end of the response. */
  readonly elapsedMs: number;
}

interface ParsedHead {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly bodyStart: number;
}

const headerEnd = Buffer.from('\r\n\r\n');

// Skips interim answers (`100 Continue`) and returns the head of the final one.
const finalHead = (received: Buffer): ParsedHead | undefined => {
  let offset = 0;
  for (;;) {
    const end = received.indexOf(headerEnd, offset);
    if (end < 0) return undefined;
    const [statusLine = '', ...lines] = received
      .subarray(offset, end)
      .toString('latin1')
      .split('\r\n');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? Number.NaN);
    if (Number.isNaN(status))
      throw new Error(`Not an HTTP response: ${JSON.stringify(statusLine)}`);
    if (status >= 200) {
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
      }
      return { status, headers, bodyStart: end + headerEnd.length };
    }
    offset = end + headerEnd.length;
  }
};

// The body of a chunked response, or undefined while its last chunk has not arrived.
const dechunked = (data: Buffer): Buffer | undefined => {
  const chunks: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', offset);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16);
    if (Number.isNaN(size)) throw new Error('A malformed chunk in the response');
    if (size === 0) return Buffer.concat(chunks);
    const start = lineEnd + 2;
    if (data.length < start + size + 2) return undefined;
    chunks.push(data.subarray(start, start + size));
    offset = start + size + 2;
  }
};

/** The whole first response in `received`, or undefined while more bytes are needed. */
const completeResponse = (received: Buffer, closed: boolean) => {
  const head = finalHead(received);
  if (head === undefined) return undefined;
  const rest = received.subarray(head.bodyStart);
  if (/\bchunked\b/i.test(head.headers['transfer-encoding'] ?? '')) {
    const body = dechunked(rest);
    return body === undefined ? undefined : { ...head, body };
  }
  const length = head.headers['content-length'];
  if (length !== undefined) {
    const size = Number(length);
    return rest.length < size ? undefined : { ...head, body: rest.subarray(0, size) };
  }
  // Neither length nor chunks: the body ends with the connection.
  return closed ? { ...head, body: rest } : undefined;
};

/**
 * Sends `request` as raw bytes on a new connection to `baseUrl` and reads the first final
 * response. Resolves as soon as that response is complete, even if the server keeps the
 * connection open; rejects when the server closes without a complete answer, or when none
 * arrives within `timeoutMs` (a hung request). A write that fails because the server already
 * answered and closed (a body over the limit) is not an error.
 */
export const sendRawRequest = (
  baseUrl: string,
  request: RawRequest,
  timeoutMs = 10_000,
): Promise<RawResponse> => {
  const { hostname, port } = new URL(baseUrl);
  const started = performance.now();

  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let received = Buffer.alloc(0);
    let socketError = '';
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      outcome();
    };
    const check = (closed: boolean) => {
      let response: ReturnType<typeof completeResponse>;
      try {
        response = completeResponse(received, closed);
      } catch (error) {
        settle(() => reject(error));
        return;
      }
      if (response !== undefined) {
        const { status, headers, body } = response;
        settle(() => resolve({ status, headers, body, elapsedMs: performance.now() - started }));
      } else if (closed) {
        const text = JSON.stringify(received.toString('latin1').slice(0, 300));
        settle(() =>
          reject(new Error(`The connection closed without an answer${socketError}: ${text}`)),
        );
      }
    };
    const timer = setTimeout(
      () => settle(() => reject(new Error(`No answer within ${timeoutMs} ms`))),
      timeoutMs,
    );

    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      check(false);
    });
    socket.on('close', () => check(true));
    // A reset after the answer arrived is the server closing a connection it stopped reading;
    // the answer (or its absence) is judged when the socket closes.
    socket.on('error', (error) => (socketError = ` (${error.message})`));
    socket.on('connect', () => {
      socket.write(request.bytes);
      if (request.halfClose === true) socket.end();
    });
  });
};
