import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTitle, titleMaxLength } from './title.js';

const codePoints = (text: string): number => Array.from(text).length;
const controlCharacter = /\p{Cc}/u;

// Code points that each count as one: an emoji outside the BMP, a combining acute accent, a
// zero-width joiner and a Hebrew letter.
const emoji = '😀';
const combiningAcute = '\u0301';
const zeroWidthJoiner = '\u200d';
const family = `👨${zeroWidthJoiner}👩${zeroWidthJoiner}👧`; // 5 code points, 1 grapheme

describe('parseTitle', () => {
  it('allows 50 code points', () => {
    expect(titleMaxLength).toBe(50);
  });

  it.each([
    ['leading and trailing spaces', '  Buy milk ', 'Buy milk'],
    ['tabs and newlines at the ends', '\t\nBuy milk\r\n', 'Buy milk'],
    ['no-break and ideographic spaces', '\u00a0Buy milk\u3000', 'Buy milk'],
  ])('trims %s', (_case, input, expected) => {
    expect(parseTitle(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['50 ASCII letters', 'a'.repeat(50)],
    ['50 emoji', emoji.repeat(50)],
    ['25 letters with a combining mark each', `e${combiningAcute}`.repeat(25)],
    ['10 zero-width-joined families', family.repeat(10)],
    ['right-to-left text', 'לקנות חלב'],
    ['right-to-left text with a direction mark', '\u200fשלום עולם'],
    ['Arabic text', 'شراء الحليب'],
    ['inner spaces', 'Buy  milk  and  eggs'],
  ])('accepts %s, unchanged', (_case, title) => {
    expect(parseTitle(title)).toEqual({ ok: true, value: title });
  });

  it('counts length after trimming', () => {
    const title = 'a'.repeat(50);

    expect(parseTitle(`   ${title}   `)).toEqual({ ok: true, value: title });
  });

  it.each([
    ['51 ASCII letters', 'a'.repeat(51)],
    ['51 emoji', emoji.repeat(51)],
    ['25 letters with combining marks, plus one', `e${combiningAcute}`.repeat(25) + 'e'],
    ['10 zero-width-joined families, plus one', family.repeat(10) + emoji],
    ['51 Hebrew letters', 'ש'.repeat(51)],
  ])('rejects %s as too long, counting code points', (_case, title) => {
    expect(parseTitle(title)).toEqual({
      ok: false,
      error: { code: 'todo.title-too-long', maxLength: 50, length: 51 },
    });
  });

  it.each([
    ['an empty string', ''],
    ['spaces', '   '],
    ['tabs and newlines', '\t\n\r\n'],
    ['an ideographic space', '\u3000'],
  ])('rejects %s as an empty title', (_case, title) => {
    expect(parseTitle(title)).toEqual({ ok: false, error: { code: 'todo.title-empty' } });
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007b'],
    ['ESC', 'a\u001bb'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0080b'],
    ['NEL', 'a\u0085b'],
    ['NEL at the end (not trimmed)', 'ab\u0085'],
    ['a newline inside', 'a\nb'],
    ['a tab inside', 'a\tb'],
  ])('rejects a title with %s', (_case, title) => {
    expect(parseTitle(title)).toEqual({
      ok: false,
      error: { code: 'todo.title-control-character' },
    });
  });
});

describe('parseTitle, for any input', () => {
  // Any code point, with padding and control characters made common enough to matter, and
  // inputs close to the 50 code point limit as often as short ones.
  const unit = fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 20 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 20 },
    { arbitrary: fc.constantFrom(' ', '\t', '\n', '\u3000'), weight: 6 },
    { arbitrary: fc.constantFrom('\u0000', '\u0007', '\u007f', '\u0085'), weight: 1 },
  );
  const padding = fc.string({ unit: fc.constantFrom(' ', '\t', '\n'), maxLength: 3 });
  const nearTheLimit = fc
    .tuple(padding, fc.string({ unit: 'binary', minLength: 46, maxLength: 54 }), padding)
    .map((parts) => parts.join(''));
  const anyText = fc.oneof(fc.string({ unit, maxLength: 70 }), nearTheLimit);

  it('never accepts more than 50 code points or a control character', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const result = parseTitle(input);
        if (!result.ok) return;

        expect(codePoints(result.value)).toBeGreaterThanOrEqual(1);
        expect(codePoints(result.value)).toBeLessThanOrEqual(50);
        expect(result.value).not.toMatch(controlCharacter);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: an accepted title parses again to itself', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const first = parseTitle(input);
        if (!first.ok) return;

        expect(parseTitle(first.value)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every trimmed title of 1 to 50 code points without control characters', () => {
    const title = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 50 })
      .filter((text) => text.trim() === text && text !== '' && !controlCharacter.test(text));

    fc.assert(
      fc.property(title, (text) => {
        expect(parseTitle(text)).toEqual({ ok: true, value: text });
      }),
      { numRuns: 300 },
    );
  });
});
