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
}

/**
 * The one table from error code to HTTP status. Both apps answer every error through it, and a
 * test checks that it covers every use-case code and matches the README. What each code means, for
 * people, is in `problemMeanings` (problem-meanings.ts), apart, so that a Lambda bundle carries only
 * what it answers with.
 */
export const problemTable: { readonly [Code in ProblemCode]: ProblemDefinition } = {
  'todo.id-invalid': { status: 404, title: 'Todo not found' },
  'todo.owner-id-invalid': { status: 401, title: 'Invalid owner' },
  'todo.title-empty': { status: 422, title: 'Title is empty' },
  'todo.title-too-long': { status: 422, title: 'Title is too long' },
  'todo.title-control-character': { status: 422, title: 'Title has a control character' },
  'todo.description-empty': { status: 422, title: 'Description is empty' },
  'todo.description-too-long': { status: 422, title: 'Description is too long' },
  'todo.description-control-character': {
    status: 422,
    title: 'Description has a control character',
  },
  'todo.due-date-invalid': { status: 422, title: 'Due date is invalid' },
  'todo.timestamp-invalid': { status: 500, title: 'Internal error' },
  'todo.completed-not-editable': { status: 409, title: 'Todo is completed' },
  'todo.cannot-uncomplete': { status: 409, title: 'Todo cannot be reopened' },
  'todo.snapshot-invalid': { status: 500, title: 'Internal error' },
  'todo.not-found': { status: 404, title: 'Todo not found' },
  'todo.version-mismatch': { status: 412, title: 'Version mismatch' },
  'todo.conflict': { status: 409, title: 'Concurrent changes' },
  'list.cursor-invalid': { status: 400, title: 'Invalid cursor' },
  'list.limit-invalid': { status: 400, title: 'Invalid limit' },
  'idempotency.key-invalid': { status: 400, title: 'Invalid idempotency key' },
  'idempotency.key-reused': { status: 422, title: 'Idempotency key reused' },
  'store.unavailable': { status: 503, title: 'Store unavailable' },
  'request.invalid': { status: 400, title: 'Invalid request' },
  'request.malformed-json': { status: 400, title: 'Malformed JSON' },
  'request.body-too-large': { status: 413, title: 'Body too large' },
  'request.unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'request.if-match-invalid': { status: 400, title: 'Invalid If-Match' },
  'request.malformed': { status: 400, title: 'Malformed request' },
  'request.headers-too-large': { status: 431, title: 'Headers too large' },
  'request.timeout': { status: 408, title: 'Request timeout' },
  'auth.missing-credentials': { status: 401, title: 'Missing credentials' },
  'auth.invalid-credentials': { status: 401, title: 'Invalid credentials' },
  'route.not-found': { status: 404, title: 'Route not found' },
  internal: { status: 500, title: 'Internal error' },
};

/** The problem `type` URI of a code. The host is reserved (`.invalid`): it names, never resolves. */
export const problemType = (code: ProblemCode): string => `https://todo.invalid/problems/${code}`;

/** Seconds a client should wait before retrying when the store is unavailable. */
export const storeRetryAfterSeconds = 5;
