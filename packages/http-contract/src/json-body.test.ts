import { describe, expect, it } from 'vitest';
import { errorCodeOf } from './operational-responses.js';
import { bodyLimitBytes, isJsonContentType, readJsonBody } from './json-body.js';

const codeOf = (result: ReturnType<typeof readJsonBody>) =>
  result.ok ? 'ok' : errorCodeOf(result.error);

describe('readJsonBody', () => {
  it('parses a JSON body', () => {
    expect(readJsonBody({ contentType: 'application/json', body: '{"title":"x"}' })).toEqual({
      ok: true,
      value: { title: 'x' },
    });
  });

  it.each([undefined, ''])('reads no body (%o) as undefined, whatever the content type', (body) => {
    expect(readJsonBody({ contentType: undefined, body })).toEqual({ ok: true, value: undefined });
  });

  it('refuses bad JSON with request.malformed-json', () => {
    expect(codeOf(readJsonBody({ contentType: 'application/json', body: '{"title":' }))).toBe(
      'request.malformed-json',
    );
  });

  it('refuses a body without a JSON content type with request.unsupported-media-type', () => {
    expect(codeOf(readJsonBody({ contentType: undefined, body: '{}' }))).toBe(
      'request.unsupported-media-type',
    );
    expect(codeOf(readJsonBody({ contentType: 'text/plain', body: '{}' }))).toBe(
      'request.unsupported-media-type',
    );
  });

  it('reads a body given as bytes as UTF-8', () => {
    const body = Buffer.from('{"title":"Café 😀"}', 'utf8');

    expect(readJsonBody({ contentType: 'application/json', body })).toEqual({
      ok: true,
      value: { title: 'Café 😀' },
    });
  });

  it.each([
    ['a stray continuation byte', [0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a sequence cut short', [0xe2, 0x82]],
  ])('refuses bytes that are not UTF-8 (%s) with request.malformed-json', (_name, bytes) => {
    const body = Buffer.concat([
      Buffer.from('{"title":"a'),
      Buffer.from(bytes),
      Buffer.from('b"}'),
    ]);

    expect(codeOf(readJsonBody({ contentType: 'application/json', body }))).toBe(
      'request.malformed-json',
    );
  });

  it('refuses a byte order mark, as bytes and as text alike', () => {
    const text = '\uFEFF{"title":"x"}';

    expect(codeOf(readJsonBody({ contentType: 'application/json', body: text }))).toBe(
      'request.malformed-json',
    );
    expect(
      codeOf(readJsonBody({ contentType: 'application/json', body: Buffer.from(text, 'utf8') })),
    ).toBe('request.malformed-json');
  });

  it('counts the limit in UTF-8 bytes: 16 KiB passes, one byte more is 413', () => {
    const body = (bytes: number) => `"${'é'.repeat((bytes - 2) / 2)}"`;

    expect(Buffer.byteLength(body(bodyLimitBytes))).toBe(16_384);
    expect(
      codeOf(readJsonBody({ contentType: 'application/json', body: body(bodyLimitBytes) })),
    ).toBe('ok');
    expect(
      codeOf(readJsonBody({ contentType: 'application/json', body: `${body(bodyLimitBytes)} ` })),
    ).toBe('request.body-too-large');
  });
});

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['Application/JSON', true],
    ['application/json; charset=utf-8', true],
    ['application/json;charset="UTF-8"', true],
    ['application/json; charset=iso-8859-1', false],
    ['application/jsonx', false],
    ['application/problem+json', false],
    ['text/json', false],
    [undefined, false],
  ])('%s is %s', (contentType, expected) => {
    expect(isJsonContentType(contentType)).toBe(expected);
  });
});
