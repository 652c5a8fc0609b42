import { InvalidCursorError } from '@todo/ports';
import { describe, expect, it } from 'vitest';
import { decodeListCursor, encodeListCursor } from './list-cursor.js';

const owner = 'auth0|Alice';
const decodeFails = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected decodeListCursor to throw');
};

/** A cursor with the same layout as real ones, and any fields: what a forger could send. */
const forged = (fields: Record<string, unknown>) =>
  Buffer.from(JSON.stringify(fields), 'utf8').toString('base64url');

describe('list cursor', () => {
  it.each([undefined, 'open', 'completed'] as const)(
    'gives back the todo id for the owner and filter %s it was issued for',
    (status) => {
      const cursor = encodeListCursor(owner, status, '01JF3ZX9Q8-abc');

      expect(decodeListCursor(cursor, owner, status)).toBe('01JF3ZX9Q8-abc');
    },
  );

  it('is plain base64url and does not show the owner id', () => {
    const cursor = encodeListCursor(owner, 'open', 'todo-1');

    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(cursor, 'base64url').toString('utf8')).not.toContain('Alice');
  });

  it.each([
    ['another owner', 'auth0|alice', undefined],
    ['the same owner with another filter', owner, 'open'],
  ] as const)('is refused for %s', (_, otherOwner, otherStatus) => {
    const cursor = encodeListCursor(owner, undefined, 'todo-1');

    expect(decodeFails(() => decodeListCursor(cursor, otherOwner, otherStatus))).toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it('is refused when its checksum does not match its fields', () => {
    const issued = encodeListCursor(owner, undefined, 'todo-1');
    const fields: unknown = JSON.parse(Buffer.from(issued, 'base64url').toString('utf8'));
    if (typeof fields !== 'object' || fields === null) throw new Error('cursor is not an object');
    const tampered = forged({ ...fields, k: 'todo-2' });

    expect(decodeFails(() => decodeListCursor(tampered, owner, undefined))).toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it('is refused when only the unused bits of its last character differ', () => {
    // Pick a cursor whose byte length leaves spare bits in its last character.
    const cursor = ['t1', 't12', 't123']
      .map((id) => encodeListCursor(owner, undefined, id))
      .find((candidate) => Buffer.from(candidate, 'base64url').length % 3 !== 0);
    if (cursor === undefined) throw new Error('no candidate cursor has spare bits');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(cursor.at(-1) ?? '') ^ 1] ?? '';
    const altered = `${cursor.slice(0, -1)}${sibling}`;
    expect(Buffer.from(altered, 'base64url')).toEqual(Buffer.from(cursor, 'base64url'));

    expect(decodeFails(() => decodeListCursor(altered, owner, undefined))).toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it.each([
    ['an empty string', ''],
    ['characters outside base64url', 'abc+/='],
    ['bytes that are not JSON', Buffer.from([0xff, 0x00, 0x7b]).toString('base64url')],
    ['a JSON array', Buffer.from('[1]').toString('base64url')],
    ['JSON null', Buffer.from('null').toString('base64url')],
    ['an object of the wrong shape', forged({ v: 1, o: 1, s: 'all', k: 'x', c: 'x' })],
    ['an unknown version', forged({ v: 2, o: 'x', s: 'all', k: 'x', c: 'x' })],
    ['a string far too long', 'A'.repeat(10_000)],
  ])('refuses %s', (_, cursor) => {
    expect(decodeFails(() => decodeListCursor(cursor, owner, undefined))).toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it('refuses a well-formed cursor whose todo id could not be a key', () => {
    const cursor = encodeListCursor(owner, undefined, 'not a todo id!');

    expect(decodeFails(() => decodeListCursor(cursor, owner, undefined))).toBeInstanceOf(
      InvalidCursorError,
    );
  });
});
