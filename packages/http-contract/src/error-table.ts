import { useCaseErrorCodes, type UseCaseErrorCode } from '@todo/ports';

/** Codes that only the HTTP layer produces: malformed requests, credentials, routing. */
export const httpErrorCodes = [
  'request.invalid',
  'request.malformed-json',
  'request.body-too-large',
  'request.unsupported-media-type',
  'request.if-match-invalid',
  'request.malformed',
  'request.headers-too-large',
  'request.timeout',
  'auth.missing-credentials',
  'auth.invalid-credentials',
  'route.not-found',
  'internal',
] as const;

/** A code that only the HTTP layer produces. */
export type HttpErrorCode = (typeof httpErrorCodes)[number];

/** Every `code` an error response can carry. */
export type ProblemCode = UseCaseErrorCode | HttpErrorCode;

/** Every {@link ProblemCode}, in table order. */
export const problemCodes: readonly ProblemCode[] = [...useCaseErrorCodes, ...httpErrorCodes];

/** How one code is answered. */
export interface ProblemDefinition {
  readonly status: number;
  /** Short and fixed for the code; the problem's `title`. */
  readonly title: string;
  /** When a client gets it and what to do; the package README lists it. */
  readonly meaning: string;
}

/**
 * The one table from error code to HTTP status. Both apps answer every error through it, and a
 * test checks that it covers every use-case code and matches the README.
 */
export const problemTable: { readonly [Code in ProblemCode]: ProblemDefinition } = {
  'todo.id-invalid': {
    status: 404,
    title: 'Todo not found',
    meaning: 'The id in the path is not a well-formed todo id, so no todo can have it.',
  },
  'todo.owner-id-invalid': {
    status: 401,
    title: 'Invalid owner',
    meaning: "The token's subject is not a usable owner id (empty or over 128 characters).",
  },
  'todo.title-empty': {
    status: 422,
    title: 'Title is empty',
    meaning: 'The title is empty or only whitespace.',
  },
  'todo.title-too-long': {
    status: 422,
    title: 'Title is too long',
    meaning: 'The title has more than 50 characters after trimming.',
  },
  'todo.title-control-character': {
    status: 422,
    title: 'Title has a control character',
    meaning: 'The title contains a control character (line breaks and tabs included).',
  },
  'todo.description-empty': {
    status: 422,
    title: 'Description is empty',
    meaning: 'The description is blank; send `null` to clear it.',
  },
  'todo.description-too-long': {
    status: 422,
    title: 'Description is too long',
    meaning: 'The description has more than 1,000 characters after trimming.',
  },
  'todo.description-control-character': {
    status: 422,
    title: 'Description has a control character',
    meaning: 'The description contains a control character other than a line break or tab.',
  },
  'todo.due-date-invalid': {
    status: 422,
    title: 'Due date is invalid',
    meaning: 'The due date is not a real date, or a date-time without an offset.',
  },
  'todo.timestamp-invalid': {
    status: 500,
    title: 'Internal error',
    meaning: 'A stored time could not be read. A server fault; nothing the client can fix.',
  },
  'todo.completed-not-editable': {
    status: 409,
    title: 'Todo is completed',
    meaning: 'A completed todo can no longer be edited.',
  },
  'todo.cannot-uncomplete': {
    status: 409,
    title: 'Todo cannot be reopened',
    meaning: '`completed: false` was sent for a completed todo; there is no way back.',
  },
  'todo.snapshot-invalid': {
    status: 500,
    title: 'Internal error',
    meaning: 'A stored todo could not be read back. A server fault; nothing the client can fix.',
  },
  'todo.not-found': {
    status: 404,
    title: 'Todo not found',
    meaning: "No such todo for this owner; another owner's todo is reported the same way.",
  },
  'todo.version-mismatch': {
    status: 412,
    title: 'Version mismatch',
    meaning: '`If-Match` named a version and the todo has moved on. Read it again, then retry.',
  },
  'todo.conflict': {
    status: 409,
    title: 'Concurrent changes',
    meaning: 'The todo kept changing while the server retried the update. Try again.',
  },
  'list.cursor-invalid': {
    status: 400,
    title: 'Invalid cursor',
    meaning: 'The cursor was not issued for this owner and filter, or was altered.',
  },
  'list.limit-invalid': {
    status: 400,
    title: 'Invalid limit',
    meaning: 'The page size is outside 1-100. (The query schema reports this first.)',
  },
  'idempotency.key-invalid': {
    status: 400,
    title: 'Invalid idempotency key',
    meaning: '`Idempotency-Key` is not 1-128 visible ASCII characters (`!` to `~`, no spaces).',
  },
  'idempotency.key-reused': {
    status: 422,
    title: 'Idempotency key reused',
    meaning: 'This `Idempotency-Key` already created a todo from a different body. Use a new key.',
  },
  'store.unavailable': {
    status: 503,
    title: 'Store unavailable',
    meaning: 'The store did not answer in time. Retry after the `Retry-After` seconds.',
  },
  'request.invalid': {
    status: 400,
    title: 'Invalid request',
    meaning: 'The body, query or path does not match the schema; `errors` says where.',
  },
  'request.malformed-json': {
    status: 400,
    title: 'Malformed JSON',
    meaning: 'The body is not valid JSON.',
  },
  'request.body-too-large': {
    status: 413,
    title: 'Body too large',
    meaning: 'The body is larger than 16 KiB (16,384 bytes).',
  },
  'request.unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    meaning: 'A body was sent without `Content-Type: application/json` (UTF-8).',
  },
  'request.if-match-invalid': {
    status: 400,
    title: 'Invalid If-Match',
    meaning: '`If-Match` is neither `*` nor one strong ETag such as `"3"`.',
  },
  'request.malformed': {
    status: 400,
    title: 'Malformed request',
    meaning:
      'Not valid HTTP/1.1 (request line, header syntax, framing, no `Host`); nothing was read.',
  },
  'request.headers-too-large': {
    status: 431,
    title: 'Headers too large',
    meaning: 'The request line and headers are larger than 16 KiB together.',
  },
  'request.timeout': {
    status: 408,
    title: 'Request timeout',
    meaning: 'The request did not arrive in full within 10 seconds of its first byte.',
  },
  'auth.missing-credentials': {
    status: 401,
    title: 'Missing credentials',
    meaning: 'No `Authorization: Bearer <token>` header.',
  },
  'auth.invalid-credentials': {
    status: 401,
    title: 'Invalid credentials',
    meaning:
      'The token is malformed, unsigned, badly signed, expired, or for another issuer or audience.',
  },
  'route.not-found': {
    status: 404,
    title: 'Route not found',
    meaning: 'No route has this method and path.',
  },
  internal: {
    status: 500,
    title: 'Internal error',
    meaning: 'An unexpected failure. The response says nothing more; the server logs it.',
  },
};

/** The problem `type` URI of a code. The host is reserved (`.invalid`): it names, never resolves. */
export const problemType = (code: ProblemCode): string => `https://todo.invalid/problems/${code}`;

/** Seconds a client should wait before retrying when the store is unavailable. */
export const storeRetryAfterSeconds = 5;
