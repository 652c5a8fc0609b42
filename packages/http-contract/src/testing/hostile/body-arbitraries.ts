import fc from 'fast-check';
import { bodyLimitBytes } from '../../json-body.js';
import type { ProblemCode } from '../../error-table.js';
import { requestBytes, type BodyFraming, type HostileRequest } from './hostile-request.js';
import type { HostileWorld } from './hostile-world.js';

// Hostile bodies sent by alice, with her valid token, to both routes that read a body. Every one
// must be refused before anything is stored: the PATCH aims at her open todo, which must not move.

interface BodyRoute {
  readonly method: 'POST' | 'PATCH';
  readonly target: string;
}

interface BodySpec {
  readonly body: string | Uint8Array;
  readonly contentType?: string | null;
  readonly framing?: BodyFraming;
}

const bodyRoutes = (world: HostileWorld): fc.Arbitrary<BodyRoute> =>
  fc.constantFrom<BodyRoute>(
    { method: 'POST', target: '/todos' },
    { method: 'PATCH', target: `/todos/${world.alice.openTodoId}` },
  );

const hostileBody = (
  world: HostileWorld,
  kind: string,
  expected: (spec: BodySpec) => readonly ProblemCode[],
  specs: fc.Arbitrary<BodySpec>,
): fc.Arbitrary<HostileRequest> =>
  fc.tuple(bodyRoutes(world), specs).map(([route, spec]) => {
    const contentType = spec.contentType === undefined ? 'application/json' : spec.contentType;
    return {
      kind,
      expected: expected(spec),
      bytes: requestBytes({
        method: route.method,
        target: route.target,
        headers: [
          ['Authorization', `Bearer ${world.alice.token}`],
          ...(contentType === null ? [] : [['Content-Type', contentType] as const]),
        ],
        body: spec.body,
        ...(spec.framing === undefined ? {} : { framing: spec.framing }),
      }),
    };
  });

const sizeOf = (body: string | Uint8Array) =>
  typeof body === 'string' ? Buffer.byteLength(body) : body.length;

const title = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,18}[A-Za-z]$/);
/** A create body the server would accept, as JSON text. */
const validBodyText = fc
  .record({ title, description: fc.option(title, { nil: undefined }) })
  .map((body) => JSON.stringify(body));

/** Text that is not JSON by construction, never by asking a JSON parser. */
const malformedJson = fc.oneof(
  // Any proper prefix of an object lacks its closing brace.
  fc
    .tuple(validBodyText, fc.nat())
    .map(([text, cut]) => text.slice(0, 1 + (cut % (text.length - 1)))),
  // An object that never closes.
  fc.string().map((text) => `{${text.replaceAll('}', '')}`),
  fc.constantFrom(
    "{'title':'x'}",
    '{title:"x"}',
    '{"title":"x",}',
    '{"title":"x"} trailing',
    '{"title":"x"}{"title":"y"}',
    '{"title":"x" /* comment */}',
    '{"title":NaN}',
    '{"title":Infinity}',
    '{"title":"\\x41"}',
    '{"title":"\\ud800"x}',
    '{"title":"x\u0000"',
    '\uFEFF{"title":"x"}',
    ' ',
    '\n\t',
    'undefined',
  ),
  // Deep but unbalanced, under the size limit.
  fc.integer({ min: 1_000, max: 16_000 }).map((depth) => '['.repeat(depth)),
);

// Byte sequences that are not UTF-8: stray continuation bytes, overlong forms, surrogates, code
// points past U+10FFFF, bytes UTF-8 never uses, and sequences cut short.
const invalidUtf8Sequences = [
  [0x80],
  [0xbf],
  [0xc0, 0xaf],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xfe],
  [0xff],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
];

const invalidUtf8Body = fc
  .tuple(title, fc.constantFrom(...invalidUtf8Sequences), title)
  .map(([before, sequence, after]) =>
    Buffer.concat([
      Buffer.from(`{"title":"${before}`),
      Buffer.from(sequence),
      Buffer.from(`${after}"}`),
    ]),
  );

/** JSON texts of values that are not strings (null included). */
const notAString = fc.oneof(
  fc.constantFrom('null', 'true', 'false', '0', '-0', '1e400', '-1e400', '1e-400', '[]', '{}'),
  fc.constantFrom('9007199254740993', '["x"]', '{"title":"x"}', '[[[[[]]]]]'),
  fc.integer().map(String),
);

const wrongTypes = fc.oneof(
  notAString.map((value) => `{"title":${value}}`),
  notAString
    .filter((value) => value !== 'null')
    .chain((value) =>
      fc.constantFrom(`{"title":"ok","description":${value}}`, `{"title":"ok","dueDate":${value}}`),
    ),
  // A repeated key: JSON.parse keeps the last one, and that one is wrong.
  notAString.map((value) => `{"title":"ok","title":${value}}`),
  fc.constantFrom('[]', '"Buy milk"', '1', 'true', 'null', '[{"title":"x"}]'),
);

const patchWrongTypes = fc.oneof(
  wrongTypes,
  fc.constantFrom('{}', '{"completed":"true"}', '{"completed":1}', '{"completed":null}'),
);

const knownFields = ['title', 'description', 'dueDate', 'completed'];
const unknownKey = fc
  .oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'ownerId', 'owner'),
    fc.constantFrom('id', 'version', 'createdAt', 'completedAt', 'sub', 'Title', 'title '),
    fc.constantFrom('', 'tit\u0000le', 'títle', '\u202Etitle'),
    fc.string(),
  )
  .filter((key) => !knownFields.includes(key));

const unknownFields = fc
  .tuple(unknownKey, fc.jsonValue({ maxDepth: 2 }))
  .map(([key, value]) => `{"title":"ok",${JSON.stringify(key)}:${JSON.stringify(value)}}`);

const deeplyNested = fc
  .tuple(
    fc.integer({ min: 500, max: 12_000 }),
    fc.constantFrom('array-title', 'array-field', 'array-body', 'object-field'),
  )
  .map(([depth, shape]) => {
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    switch (shape) {
      case 'array-title':
        return `{"title":${arrays}}`;
      case 'array-field':
        return `{"title":"ok","extra":${arrays}}`;
      case 'array-body':
        return arrays;
      default:
        return `{"title":"ok","extra":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    }
  });

const oversizedBody = fc
  .tuple(
    fc.integer({ min: bodyLimitBytes + 1, max: 200_000 }),
    fc.constantFrom('d', 'é', '😀'),
    fc.constantFrom<BodyFraming>('length', 'chunked'),
  )
  .map(([bytes, character, framing]) => {
    const empty = Buffer.byteLength('{"title":"big","description":""}');
    const count = Math.ceil((bytes - empty) / Buffer.byteLength(character));
    const body = `{"title":"big","description":"${character.repeat(count)}"}`;
    return { body, framing };
  });

const wrongContentType = fc.oneof(
  fc.constant(null),
  fc.constantFrom('', 'text/plain', 'text/json', 'application/x-www-form-urlencoded'),
  fc.constantFrom('multipart/form-data; boundary=x', 'application/xml', '*/*', 'json'),
  fc.constantFrom('application/merge-patch+json', 'application/vnd.api+json', 'application/jsonp'),
  fc.constantFrom('application/json; charset=latin1', 'application/json; charset=utf-16'),
  fc.constantFrom('application/json; charset=us-ascii', 'application/json, text/plain'),
  fc
    .stringMatching(/^[a-z]{1,12}\/[a-z0-9.+-]{1,20}$/)
    .filter((type) => type !== 'application/json'),
);

/** Bodies the server must refuse, each with the code it must refuse them with. */
export const hostileBodies = (world: HostileWorld): fc.Arbitrary<HostileRequest>[] => [
  hostileBody(
    world,
    'malformed-json',
    () => ['request.malformed-json'],
    malformedJson.map((body) => ({ body })),
  ),
  hostileBody(
    world,
    'invalid-utf8',
    () => ['request.malformed-json'],
    invalidUtf8Body.map((body) => ({ body })),
  ),
  hostileBody(
    world,
    'wrong-types',
    () => ['request.invalid'],
    patchWrongTypes.map((body) => ({ body })),
  ),
  hostileBody(
    world,
    'unknown-fields',
    () => ['request.invalid'],
    unknownFields.map((body) => ({ body })),
  ),
  hostileBody(
    world,
    'deep-nesting',
    (spec) =>
      sizeOf(spec.body) > bodyLimitBytes ? ['request.body-too-large'] : ['request.invalid'],
    deeplyNested.map((body) => ({ body })),
  ),
  hostileBody(world, 'body-over-limit', () => ['request.body-too-large'], oversizedBody),
  hostileBody(
    world,
    'wrong-content-type',
    () => ['request.unsupported-media-type'],
    fc.tuple(validBodyText, wrongContentType).map(([body, contentType]) => ({ body, contentType })),
  ),
];
