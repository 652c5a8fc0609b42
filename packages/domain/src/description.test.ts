import { describe, expect, it } from 'vitest';
import { descriptionMaxLength, parseDescription } from './description.js';

const emoji = '😀';

describe('parseDescription', () => {
  it('allows 1,000 code points', () => {
    expect(descriptionMaxLength).toBe(1000);
  });

  it('trims the ends', () => {
    expect(parseDescription('\n  Semi-skimmed, two litres.  \n')).toEqual({
      ok: true,
      value: 'Semi-skimmed, two litres.',
    });
  });

  it.each([
    ['a single character', 'x'],
    ['line breaks and tabs inside', 'Shopping:\n\t- milk\r\n\t- eggs'],
    ['1,000 ASCII letters', 'a'.repeat(1000)],
    ['1,000 emoji', emoji.repeat(1000)],
    ['right-to-left text', 'לקנות חלב ולחם'],
  ])('accepts %s, unchanged', (_case, description) => {
    expect(parseDescription(description)).toEqual({ ok: true, value: description });
  });

  it.each([
    ['1,001 ASCII letters', 'a'.repeat(1001)],
    ['1,001 emoji', emoji.repeat(1001)],
  ])('rejects %s as too long, counting code points', (_case, description) => {
    expect(parseDescription(description)).toEqual({
      ok: false,
      error: { code: 'todo.description-too-long', maxLength: 1000, length: 1001 },
    });
  });

  it.each([
    ['an empty string', ''],
    ['spaces', '    '],
    ['line breaks and tabs', '\n\t\r\n'],
  ])('rejects %s as an empty description', (_case, description) => {
    expect(parseDescription(description)).toEqual({
      ok: false,
      error: { code: 'todo.description-empty' },
    });
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007b'],
    ['a vertical tab', 'a\u000bb'],
    ['a form feed', 'a\u000cb'],
    ['ESC', 'a\u001bb'],
    ['DEL', 'a\u007fb'],
    ['NEL', 'a\u0085b'],
  ])('rejects a description with %s', (_case, description) => {
    expect(parseDescription(description)).toEqual({
      ok: false,
      error: { code: 'todo.description-control-character' },
    });
  });
});
