import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownerIdMaxLength, parseOwnerId } from './owner-id.js';

const emoji = '😀';

describe('parseOwnerId', () => {
  it('allows 128 code points', () => {
    expect(ownerIdMaxLength).toBe(128);
  });

  it.each([
    ['a token subject', 'auth0|64f1c2'],
    ['surrounding spaces, untrimmed', '  alice  '],
    ['upper case, not folded', 'ALICE'],
    ['a single character', 'a'],
    ['128 ASCII characters', 'a'.repeat(128)],
    ['128 emoji (256 UTF-16 units)', emoji.repeat(128)],
  ])('accepts %s, kept exactly as given', (_case, ownerId) => {
    expect(parseOwnerId(ownerId)).toEqual({ ok: true, value: ownerId });
  });

  it('keeps owners that differ only in case apart', () => {
    const upper = parseOwnerId('Alice');
    const lower = parseOwnerId('alice');

    expect(upper.ok && lower.ok && upper.value !== lower.value).toBe(true);
  });

  it('rejects an empty owner id', () => {
    expect(parseOwnerId('')).toEqual({
      ok: false,
      error: { code: 'todo.owner-id-invalid', reason: 'empty' },
    });
  });

  it.each([
    ['129 ASCII characters', 'a'.repeat(129)],
    ['129 emoji', emoji.repeat(129)],
  ])('rejects %s as too long', (_case, ownerId) => {
    expect(parseOwnerId(ownerId)).toEqual({
      ok: false,
      error: { code: 'todo.owner-id-invalid', reason: 'too-long' },
    });
  });

  it('accepts any 1 to 128 code points unchanged, and nothing longer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 160 }), (ownerId) => {
        const result = parseOwnerId(ownerId);
        const fits = Array.from(ownerId).length <= 128;

        expect(result.ok).toBe(fits);
        if (result.ok) expect(result.value).toBe(ownerId);
      }),
      { numRuns: 300 },
    );
  });
});
