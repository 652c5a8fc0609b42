import type { ProblemCode } from './error-table.js';

/**
 * When a client gets each code and what to do about it: the package README's error table, checked
 * row for row by a test. Documentation only; no response carries it, which is why it lives apart
 * from `problemTable`.
 */
export const problemMeanings: { readonly [Code in ProblemCode]: string } = {
  'todo.id-invalid': 'The id in the path is not a well-formed todo id, so no todo can have it.',
  'todo.owner-id-invalid':
    "The token's subject is not a usable owner id (empty or over 128 characters).",
  'todo.title-empty': 'The title is empty or only whitespace.',
  'todo.title-too-long': 'The title has more than 50 characters after trimming.',
  'todo.title-control-character':
    'The title contains a control character (line breaks and tabs included).',
  'todo.description-empty': 'The description is blank; send `null` to clear it.',
  'todo.description-too-long': 'The description has more than 1,000 characters after trimming.',
  'todo.description-control-character':
    'The description contains a control character other than a line break or tab.',
  'todo.due-date-invalid': 'The due date is not a real date, or a date-time without an offset.',
  'todo.timestamp-invalid':
    'A stored time could not be read. A server fault; nothing the client can fix.',
  'todo.completed-not-editable': 'A completed todo can no longer be edited.',
  'todo.cannot-uncomplete':
    '`completed: false` was sent for a completed todo; there is no way back.',
  'todo.snapshot-invalid':
    'A stored todo could not be read back. A server fault; nothing the client can fix.',
  'todo.not-found': "No such todo for this owner; another owner's todo is reported the same way.",
  'todo.version-mismatch':
    '`If-Match` named a version and the todo has moved on. Read it again, then retry.',
  'todo.conflict': 'The todo kept changing while the server retried the update. Try again.',
  'list.cursor-invalid': 'The cursor was not issued for this owner and filter, or was altered.',
  'list.limit-invalid': 'The page size is outside 1-100. (The query schema reports this first.)',
  'idempotency.key-invalid':
    '`Idempotency-Key` is not 1-128 visible ASCII characters (`!` to `~`, no spaces).',
  'idempotency.key-reused':
    'This `Idempotency-Key` already created a todo from a different body. Use a new key.',
  'store.unavailable': 'The store did not answer in time. Retry after the `Retry-After` seconds.',
  'request.invalid': 'The body, query or path does not match the schema; `errors` says where.',
  'request.malformed-json': 'The body is not valid JSON.',
  'request.body-too-large': 'The body is larger than 16 KiB (16,384 bytes).',
  'request.unsupported-media-type':
    'A body was sent without `Content-Type: application/json` (UTF-8).',
  'request.if-match-invalid': '`If-Match` is neither `*` nor one strong ETag such as `"3"`.',
  'request.malformed':
    'Not valid HTTP/1.1 (request line, header syntax, framing, no `Host`); nothing was read.',
  'request.headers-too-large': 'The request line and headers are larger than 16 KiB together.',
  'request.timeout': 'The request did not arrive in full within 10 seconds of its first byte.',
  'auth.missing-credentials': 'No `Authorization: Bearer <token>` header.',
  'auth.invalid-credentials':
    'The token is malformed, unsigned, badly signed, expired, or for another issuer or audience.',
  'route.not-found': 'No route has this method and path.',
  internal: 'An unexpected failure. The response says nothing more; the server logs it.',
};
