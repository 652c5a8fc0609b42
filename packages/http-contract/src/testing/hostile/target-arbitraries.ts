import fc from 'fast-check';
import type { ProblemCode } from '../../error-table.js';
import { requestBytes, type HostileRequest } from './hostile-request.js';
import type { HostileWorld } from './hostile-world.js';

// Hostile paths, ids, cursors, query strings and If-Match headers, sent with alice's valid token.
// None may reach anything but an answer about alice's own todos, and none may change one.

const percentEncodedBytes = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');

/** Path segments no todo id can be (ids are 1-64 of `A-Z a-z 0-9 _ -`). */
const impossibleIds = fc.oneof(
  fc.constantFrom('.', '..', '...', '%2e', '%2e%2e', '%2E%2E', '.%2e', 'a.b', '~', '!', '*'),
  fc.constantFrom('%2F', 'a%2Fb', '%2F..%2F..', '%5C', 'a%5Cb', '%00', 'a%00b', '%0A', '%0D%0A'),
  fc.constantFrom('%', '%z', '%zz', 'a%', '%C0%AF', '%E2%80%AE', '%F0%9F%98%80', '%FF', '%u2215'),
  fc.constantFrom("'", '(', ')', ';', ':', '@', ',', '=', '+', '$', '&', 'a:b', 'a;b=c'),
  fc.integer({ min: 65, max: 2_000 }).map((length) => 'x'.repeat(length)),
  // Any text, percent-encoded byte by byte: it decodes back to itself, and nothing in it fits.
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
    .filter((text) => !/^[A-Za-z0-9_-]+$/.test(text))
    .map(percentEncodedBytes),
);

/** Paths that match no route of the contract. */
const unknownPaths = fc.oneof(
  fc.constantFrom('/todos/', '//todos', '/todos//x', '/todos/x/', '/todos/x/y', '/TODOS', '/'),
  fc.constantFrom(
    '/todos.json',
    '/todos/x/../..',
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
  ),
  fc.constantFrom('/docs/../package.json', '/docs/..%2F..%2Fpackage.json', '/docs/%2e%2e/x'),
  fc.constantFrom('/health/', '/ready/x', '/openapi.json/x', '/todos/a%2Fb/c', '/%zz', '/a%00b'),
  fc
    .webPath()
    .filter((path) => path.length > 1 && !/^\/(todos|docs|health|ready|openapi)/.test(path)),
);

const withToken = (world: HostileWorld) =>
  ['Authorization', `Bearer ${world.alice.token}`] as const;
const json = ['Content-Type', 'application/json'] as const;

const onTodo = (
  world: HostileWorld,
  kind: string,
  ids: fc.Arbitrary<string>,
  expected: readonly ProblemCode[],
): fc.Arbitrary<HostileRequest> =>
  fc.tuple(ids, fc.constantFrom('GET', 'PATCH', 'DELETE')).map(([id, method]) => ({
    kind,
    expected,
    bytes: requestBytes({
      method,
      target: `/todos/${id}`,
      headers: method === 'PATCH' ? [withToken(world), json] : [withToken(world)],
      // A valid edit: only the id stands between it and a change.
      ...(method === 'PATCH' ? { body: '{"title":"Changed by someone else"}' } : {}),
    }),
  }));

const listing = (
  world: HostileWorld,
  kind: string,
  queries: fc.Arbitrary<string>,
  expected: readonly ProblemCode[],
): fc.Arbitrary<HostileRequest> =>
  queries.map((query) => ({
    kind,
    expected,
    bytes: requestBytes({ method: 'GET', target: `/todos?${query}`, headers: [withToken(world)] }),
  }));

/** A cursor with one character changed to another base64url character. */
const tampered = (cursor: string) =>
  fc
    .tuple(fc.nat({ max: cursor.length - 1 }), fc.stringMatching(/^[A-Za-z0-9_-]$/))
    .filter(([index, character]) => cursor[index] !== character)
    .map(([index, character]) => `${cursor.slice(0, index)}${character}${cursor.slice(index + 1)}`);

const badCursors = (world: HostileWorld) =>
  fc.oneof(
    // Bob's cursors, sent by alice.
    fc.constantFrom(world.bob.cursor, world.bob.openCursor),
    tampered(world.alice.cursor),
    tampered(world.alice.openCursor),
    fc.base64String({ minLength: 4, maxLength: 200 }).map((text) => text.replaceAll('=', '')),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    fc.integer({ min: 513, max: 4_000 }).map((length) => 'A'.repeat(length)),
  );

const cursorQueries = (world: HostileWorld) =>
  fc.oneof(
    badCursors(world).map((cursor) => `cursor=${encodeURIComponent(cursor)}`),
    // Alice's own cursors, but for the other filter than the one they were issued for.
    fc.constant(`cursor=${encodeURIComponent(world.alice.cursor)}&status=open`),
    fc.constant(`cursor=${encodeURIComponent(world.alice.openCursor)}&status=completed`),
    fc.constant(`cursor=${encodeURIComponent(world.alice.openCursor)}`),
  );

const badLimits = fc.oneof(
  fc.constantFrom('0', '00', '101', '1000', '999999', '1000000', '-1', '-0', '+5', ' 5', '5 '),
  fc.constantFrom('1.5', '1e1', '1E2', '0x10', '0b1', 'Infinity', 'NaN', 'abc', '', '５', '٣'),
  fc.integer({ min: 101 }).map(String),
  fc.integer({ max: 0 }).map(String),
  fc.constant('9'.repeat(400)),
);

const badQueries = fc.oneof(
  badLimits.map((limit) => `limit=${encodeURIComponent(limit)}`),
  fc
    .string({ unit: 'grapheme', maxLength: 20 })
    .filter((status) => status !== 'open' && status !== 'completed')
    .map((status) => `status=${encodeURIComponent(status)}`),
  fc
    .oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'owner', 'sub'),
      fc.constantFrom('LIMIT', 'Cursor', 'limit[]', 'status.x', 'a'),
      fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/),
    )
    .filter((key) => !['limit', 'cursor', 'status'].includes(key))
    .map((key) => `${encodeURIComponent(key)}=1`),
  fc.constantFrom('limit=1&limit=2', 'status=open&status=completed', 'cursor=a&cursor=b'),
  fc.constantFrom('limit=%zz', 'limit=%00', 'status=%', 'limit=1%00', 'status=open%00'),
);

// Never `*` and never "1": alice's open todo is at version 1, and either would let the edit in.
const badIfMatch = fc.oneof(
  fc.constantFrom('W/"1"', '1', '"1", "2"', '"1" "1"', '"one"', '"', '""', '" 1"', '"01"', '**'),
  fc.constantFrom('"-1"', '"1.0"', '"0x1"', '"1"garbage', '*, "1"', '"9999999999999999"'),
  fc.integer({ min: 2, max: 1_000_000_000 }).map((version) => `"${version}"`),
  fc.stringMatching(/^[ -~]{1,40}$/).filter((value) => !['*', '"1"'].includes(value.trim())),
);

/** Paths, ids, cursors, queries and If-Match values the server must refuse. */
export const hostileTargets = (world: HostileWorld): fc.Arbitrary<HostileRequest>[] => [
  onTodo(world, 'impossible-id', impossibleIds, ['todo.id-invalid', 'route.not-found']),
  onTodo(
    world,
    'foreign-or-unknown-id',
    fc.oneof(
      fc.constantFrom(...world.bob.todoIds),
      fc.constantFrom(...world.bob.todoIds).map(percentEncodedBytes),
      fc.uuid(),
      fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    ),
    ['todo.not-found'],
  ),
  fc
    .tuple(unknownPaths, fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT'))
    .map(([path, method]) => ({
      kind: 'unknown-route',
      expected: ['route.not-found'],
      bytes: requestBytes({ method, target: path, headers: [withToken(world)] }),
    })),
  fc
    .constantFrom('PUT', 'OPTIONS', 'TRACE', 'PROPFIND', 'PURGE', 'LINK', 'SEARCH')
    .map((method) => ({
      kind: 'unknown-method',
      expected: ['route.not-found'],
      bytes: requestBytes({ method, target: '/todos', headers: [withToken(world)] }),
    })),
  listing(world, 'bad-cursor', cursorQueries(world), ['list.cursor-invalid']),
  listing(world, 'bad-query', badQueries, ['request.invalid', 'list.limit-invalid']),
  fc.tuple(badIfMatch, fc.constantFrom('PATCH', 'DELETE')).map(([ifMatch, method]) => ({
    kind: 'bad-if-match',
    expected: ['request.if-match-invalid', 'todo.version-mismatch'],
    bytes: requestBytes({
      method,
      target: `/todos/${world.alice.openTodoId}`,
      headers: [withToken(world), json, ['If-Match', ifMatch]],
      ...(method === 'PATCH' ? { body: '{"title":"Lost update"}' } : {}),
    }),
  })),
];
