import { describe, expect, it } from 'vitest';
import { entityTag, parseIfMatch } from './entity-tag.js';

describe('entityTag', () => {
  it('is the version in double quotes', () => {
    expect(entityTag(7)).toBe('"7"');
  });
});

describe('parseIfMatch', () => {
  it.each([
    [undefined, undefined],
    ['*', undefined],
    ['"1"', 1],
    [' "42" ', 42],
  ])('reads %o as expected version %o', (header, version) => {
    expect(parseIfMatch(header)).toEqual({ ok: true, value: version });
  });

  it.each(['W/"1"', '1', '"1", "2"', '"0"', '"01"', '"abc"', '""', '"1234567890123456"'])(
    'refuses %s with 400 request.if-match-invalid',
    (header) => {
      const result = parseIfMatch(header);

      expect(result.ok).toBe(false);
      expect(result.ok ? undefined : result.error).toMatchObject({
        status: 400,
        body: { code: 'request.if-match-invalid', errors: [{ path: '/headers/if-match' }] },
      });
    },
  );
});
