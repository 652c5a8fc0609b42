import { createHash } from 'node:crypto';
import { parseTodoId, type TodoId } from '@todo/domain';
import { InvalidCursorError, type TodoStatusFilter } from '@todo/ports';

/**
 * The list cursor: base64url of a small JSON object naming the last todo of the page, bound to
 * the owner and the filter it was issued for, with a checksum over all of it.
 *
 * It is opaque but not secret, and it needs no secret: the query's partition is always built
 * from the caller's own owner id, so a forged cursor can at most move the start within the
 * caller's own list. The owner binding and checksum exist so that a cursor used for another
 * owner or filter, or damaged on the way, is refused with a clear error instead of silently
 * paging from a wrong place. The owner appears only as a truncated hash, never in clear.
 */
interface CursorFields {
  /** Format version. */
  readonly v: 1;
  /** Truncated SHA-256 of the owner id. */
  readonly o: string;
  /** The status filter, or `all`. */
  readonly s: TodoStatusFilter | 'all';
  /** Id of the last todo of the page; the next page starts after it. */
  readonly k: string;
  /** Truncated SHA-256 of the fields above. */
  readonly c: string;
}

/** Far longer than any cursor this module issues; longer input is refused before decoding. */
const maxCursorLength = 512;
const base64url = /^[A-Za-z0-9_-]+$/;

const digest = (text: string, length: number) =>
  createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, length);

const ownerTag = (ownerId: string) => digest(`owner:${ownerId}`, 16);
const checksum = (fields: { v: number; o: string; s: string; k: string }) =>
  digest(`${fields.v}|${fields.o}|${fields.s}|${fields.k}`, 11);

/** The cursor that continues `ownerId`'s list (with `status`, if any) after `lastTodoId`. */
export function encodeListCursor(
  ownerId: string,
  status: TodoStatusFilter | undefined,
  lastTodoId: string,
): string {
  const fields = { v: 1, o: ownerTag(ownerId), s: status ?? 'all', k: lastTodoId } as const;
  const cursor: CursorFields = { ...fields, c: checksum(fields) };
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/**
 * The todo id a cursor continues after, if the cursor was issued for this owner and status.
 * Throws {@link InvalidCursorError} otherwise; its `cause` says why, for whoever debugs it.
 */
export function decodeListCursor(
  cursor: string,
  ownerId: string,
  status: TodoStatusFilter | undefined,
): TodoId {
  const refuse = (reason: string) => new InvalidCursorError({ cause: new Error(reason) });

  if (cursor.length === 0 || cursor.length > maxCursorLength || !base64url.test(cursor)) {
    throw refuse('not a base64url string of a plausible length');
  }
  const bytes = Buffer.from(cursor, 'base64url');
  // Node's decoder ignores stray trailing bits; only the exact encoding of the bytes is accepted.
  if (bytes.toString('base64url') !== cursor) throw refuse('not canonical base64url');
  let decoded: unknown;
  try {
    decoded = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw refuse('not JSON');
  }
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) {
    throw refuse('not a JSON object');
  }

  const v: unknown = Reflect.get(decoded, 'v');
  const o: unknown = Reflect.get(decoded, 'o');
  const s: unknown = Reflect.get(decoded, 's');
  const k: unknown = Reflect.get(decoded, 'k');
  const c: unknown = Reflect.get(decoded, 'c');
  if (v !== 1 || typeof o !== 'string' || typeof s !== 'string' || typeof k !== 'string') {
    throw refuse('unknown format');
  }
  if (typeof c !== 'string' || c !== checksum({ v, o, s, k })) {
    throw refuse('checksum mismatch');
  }
  if (o !== ownerTag(ownerId)) throw refuse('issued for another owner');
  if (s !== (status ?? 'all')) throw refuse('issued for another status filter');
  const todoId = parseTodoId(k);
  if (!todoId.ok) throw refuse('not a todo id');
  return todoId.value;
}
