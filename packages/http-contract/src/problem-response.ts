import {
  problemTable,
  problemType,
  storeRetryAfterSeconds,
  type ProblemCode,
} from './error-table.js';
import { problemContentType, type HttpResponse } from './http-exchange.js';
import type { FieldError, Problem } from './schemas/problem-schema.js';

/** What a problem says beyond its code's fixed fields. */
export interface ProblemDetails {
  /** What went wrong in this request; defaults to the code's title. Never internals. */
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
}

// Headers a code always carries: RFC 6750 asks 401s to name the scheme, and a 503 tells clients
// when to come back.
const headersFor = (code: ProblemCode): Record<string, string> => {
  if (code === 'auth.missing-credentials') return { 'www-authenticate': 'Bearer' };
  if (code === 'auth.invalid-credentials' || code === 'todo.owner-id-invalid') {
    return { 'www-authenticate': 'Bearer error="invalid_token"' };
  }
  if (code === 'store.unavailable') return { 'retry-after': String(storeRetryAfterSeconds) };
  return {};
};

/**
 * Builds the problem body for `code` from the error table.
 *
 * @example
 * problemBody('todo.not-found') // { type, title: 'Todo not found', status: 404, detail, code }
 */
export const problemBody = (code: ProblemCode, details: ProblemDetails = {}): Problem => {
  const { status, title } = problemTable[code];
  return {
    type: problemType(code),
    title,
    status,
    detail: details.detail ?? title,
    code,
    ...(details.errors === undefined ? {} : { errors: [...details.errors] }),
  };
};

/** The whole error response for `code`: status and headers from the table, problem+json body. */
export const problemResponse = (code: ProblemCode, details: ProblemDetails = {}): HttpResponse => {
  const body = problemBody(code, details);
  return {
    status: body.status,
    headers: { 'content-type': problemContentType, ...headersFor(code) },
    body,
  };
};

/** A 400 `request.invalid` listing where the request breaks the schema. */
export const invalidRequest = (errors: readonly FieldError[]): HttpResponse =>
  problemResponse('request.invalid', {
    detail: 'The request does not match the schema; see errors.',
    errors,
  });
