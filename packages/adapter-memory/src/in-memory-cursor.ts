import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { parseTodoId, type OwnerId, type TodoId } from '@todo/domain';
import { InvalidCursorError, type TodoStatusFilter } from '@todo/ports';

/**
 * Issues and checks list cursors: `<payload>.<signature>`, where the payload is base64url JSON of
 * the last id returned and the signature is an HMAC over the owner id, the status filter and the
 * payload. So a cursor is refused for another owner or filter, or once altered, without the store
 * remembering any cursor it gave out. The key is random per repository, so cursors die
 * with it, as the data does.
 */
export class InMemoryCursor {
  readonly #key = randomBytes(32);

  /** A cursor that resumes `ownerId`'s list (with `status`) after `lastId`. */
  issue(ownerId: OwnerId, status: TodoStatusFilter | undefined, lastId: TodoId): string {
    const payload = Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
    return `${payload}.${this.#sign(ownerId, status, payload)}`;
  }

  /**
   * The id to resume after. Throws `InvalidCursorError` unless this repository issued `cursor`
   * for this owner and filter.
   */
  read(ownerId: OwnerId, status: TodoStatusFilter | undefined, cursor: string): TodoId {
    const [payload = '', signature = '', ...rest] = cursor.split('.');
    // The signatures are compared as text, not as decoded bytes, so a changed character that
    // base64url decoding would ignore is refused too.
    const expected = Buffer.from(this.#sign(ownerId, status, payload));
    const given = Buffer.from(signature);
    if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new InvalidCursorError();
    }

    // Signed by us, so it is our JSON; the id is checked all the same rather than cast.
    const decoded: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const after =
      typeof decoded === 'object' && decoded !== null && 'after' in decoded ? decoded.after : null;
    const lastId = parseTodoId(typeof after === 'string' ? after : '');
    if (!lastId.ok) throw new InvalidCursorError();
    return lastId.value;
  }

  #sign(ownerId: OwnerId, status: TodoStatusFilter | undefined, payload: string): string {
    // JSON keeps the three parts apart whatever characters the owner id holds.
    return createHmac('sha256', this.#key)
      .update(JSON.stringify([ownerId, status ?? null, payload]))
      .digest('base64url');
  }
}
