import { err, ok, type Result } from '@todo/domain';
import type { HttpResponse } from './http-exchange.js';
import { problemResponse } from './problem-response.js';

/** The `ETag` of a todo at `version`: a strong tag, `"3"`. */
export const entityTag = (version: number): string => `"${version}"`;

const strongTagPattern = /^"([1-9][0-9]{0,14})"$/;

/**
 * Reads an `If-Match` header into the version the client expects.
 *
 * - absent or `*`: no expectation (`*` matches any current todo; a missing one is still a 404);
 * - one strong tag `"3"`: expect version 3; a stale one is answered 412 by the use case;
 * - anything else (a weak tag `W/"3"`, a list, a bare `3`) is refused with 400
 *   `request.if-match-invalid`: `If-Match` uses strong comparison, so a weak tag could never
 *   match, and this API issues exactly one tag per todo.
 */
export const parseIfMatch = (
  header: string | undefined,
): Result<number | undefined, HttpResponse> => {
  if (header === undefined) return ok(undefined);
  const value = header.trim();
  if (value === '*') return ok(undefined);

  const version = strongTagPattern.exec(value)?.[1];
  if (version !== undefined) return ok(Number(version));
  const message = 'Expected "*" or one strong ETag such as "3".';
  return err(
    problemResponse('request.if-match-invalid', {
      detail: message,
      errors: [{ path: '/headers/if-match', message }],
    }),
  );
};
