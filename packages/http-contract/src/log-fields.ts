/**
 * The fields of the one log line each app writes per request, named once so both apps write the
 * same JSON. Deliberately absent: the token, the owner id, bodies and query strings (titles,
 * cursors), so a log line never carries personal data or a credential.
 */
export const requestLogFields = {
  /** The request id: Fastify's (echoed as `x-request-id`) or API Gateway's. */
  requestId: 'requestId',
  method: 'method',
  /** The route template (`/todos/{id}`), not the concrete path; `null` for unknown routes. */
  route: 'route',
  statusCode: 'statusCode',
  /** Milliseconds from request received to response written, 2 decimals. */
  durationMs: 'durationMs',
  /** The problem `code` of an error response; absent for a success. */
  errorCode: 'errorCode',
} as const;

/** The message of the per-request log line. */
export const requestLogMessage = 'request completed';

/** One request's log line, as both apps write it. */
export interface RequestLogEntry {
  readonly requestId: string;
  readonly method: string;
  readonly route: string | null;
  readonly statusCode: number;
  readonly durationMs: number;
  readonly errorCode?: string;
}

/** The level of the per-request line: server faults are errors, everything else is info. */
export const requestLogLevel = (statusCode: number): 'error' | 'info' =>
  statusCode >= 500 ? 'error' : 'info';

/** What {@link requestLogEntry} is built from; an `errorCode` of `undefined` is left out. */
export type RequestLogInput = Omit<RequestLogEntry, 'errorCode'> & {
  readonly errorCode?: string | undefined;
};

/**
 * Builds the per-request log entry with the shared field names (`RequestLogEntry` holds them to
 * `requestLogFields`, and so does its test). Two plain object literals rather than computed keys
 * and a spread: it runs on every request, and those are copied on V8's slow path.
 */
export const requestLogEntry = (entry: RequestLogInput): RequestLogEntry => {
  const { requestId, method, route, statusCode, errorCode } = entry;
  const durationMs = Math.round(entry.durationMs * 100) / 100;
  return errorCode === undefined
    ? { requestId, method, route, statusCode, durationMs }
    : { requestId, method, route, statusCode, durationMs, errorCode };
};

/** The header that carries the request id, in and out. */
export const requestIdHeader = 'x-request-id';

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The caller's request id when it is safe to log and echo (1-128 of `A-Z a-z 0-9 . _ : -`);
 * otherwise `undefined`, and the app makes its own.
 */
export const acceptedRequestId = (header: string | undefined): string | undefined =>
  header !== undefined && requestIdPattern.test(header) ? header : undefined;
