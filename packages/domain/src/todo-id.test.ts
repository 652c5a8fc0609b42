import { describe, expect, it } from 'vitest';
import { parseTodoId } from './todo-id.js';

describe('parseTodoId', () => {
  it.each([
    ['a single letter', 'a'],
    ['a single digit', '7'],
    ['an underscore and a hyphen', '_-'],
    ['a ULID', '01JF8Z6Q3M4N5P6R7S8T9V0WXY'],
    ['mixed case with separators', 'Todo_2026-12-24'],
    ['64 characters', 'x'.repeat(64)],
  ])('accepts %s, unchanged', (_case, id) => {
    expect(parseTodoId(id)).toEqual({ ok: true, value: id });
  });

  it.each([
    ['an empty id', ''],
    ['65 characters', 'x'.repeat(65)],
    ['a slash', 'a/b'],
    ['a path climbing up', '../etc'],
    ['a dot', 'a.b'],
    ['a lone dot', '.'],
    ['percent-encoding', 'a%2Fb'],
    ['percent-encoded dots', '%2e%2e'],
    ['a space', 'a b'],
    ['surrounding spaces', ' ab '],
    ['a trailing newline', 'ab\n'],
    ['a colon (the event id separator)', 'a:b'],
    ['a letter outside ASCII', 'café'],
    ['an emoji', 'id😀'],
  ])('rejects %s', (_case, id) => {
    expect(parseTodoId(id)).toEqual({ ok: false, error: { code: 'todo.id-invalid' } });
  });
});
