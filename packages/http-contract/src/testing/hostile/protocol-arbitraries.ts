import fc from 'fast-check';
import type { ProblemCode } from '../../error-table.js';
import { requestBytes, type HostileRequest, type RequestParts } from './hostile-request.js';
import type { HostileWorld } from './hostile-world.js';

// Requests broken below the API: oversized headers, bytes that are not HTTP/1.1, framing that
// contradicts itself, and bad credentials. Each carries a valid todo, so a server that read past
// the breakage would store it.

const validCreate = '{"title":"Smuggled in"}';

const create = (world: HostileWorld, extra: Partial<RequestParts> = {}): RequestParts => ({
  method: 'POST',
  target: '/todos',
  headers: [
    ['Authorization', `Bearer ${world.alice.token}`],
    ['Content-Type', 'application/json'],
    ...(extra.headers ?? []),
  ],
  body: validCreate,
  ...(extra.framing === undefined ? {} : { framing: extra.framing }),
  ...(extra.host === undefined ? {} : { host: extra.host }),
});

const oversizedHeaders = (world: HostileWorld): fc.Arbitrary<HostileRequest> =>
  fc
    .tuple(
      fc.integer({ min: 17 * 1024, max: 64 * 1024 }),
      fc.constantFrom('one-header', 'many-headers', 'authorization', 'target'),
    )
    .map(([size, shape]) => {
      const parts = ((): RequestParts => {
        switch (shape) {
          case 'one-header':
            return create(world, { headers: [['X-Padding', 'a'.repeat(size)]] });
          case 'many-headers':
            return create(world, {
              headers: Array.from({ length: Math.ceil(size / 100) }, (_, index) => [
                `X-Padding-${index}`,
                'b'.repeat(88),
              ]),
            });
          case 'authorization':
            return {
              method: 'GET',
              target: '/todos',
              headers: [['Authorization', `Bearer ${'c'.repeat(size)}`]],
            };
          default:
            return { method: 'GET', target: `/todos?cursor=${'A'.repeat(size)}` };
        }
      })();
      return {
        kind: 'oversized-headers',
        expected: ['request.headers-too-large'],
        bytes: requestBytes(parts),
      };
    });

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const malformed: readonly ProblemCode[] = ['request.malformed'];

/** Requests that are not HTTP/1.1 as RFC 9112 writes it, each with what it must get. */
const brokenRequests = (world: HostileWorld): fc.Arbitrary<HostileRequest> => {
  const token = `Authorization: Bearer ${world.alice.token}\r\n`;
  const json = 'Content-Type: application/json\r\n';
  const head = `POST /todos HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${token}${json}`;
  const framed = (headers: string, body: string, halfClose = false) => ({
    bytes: latin1(`${head}${headers}\r\n${body}`),
    halfClose,
  });
  const cases: {
    name: string;
    request: { bytes: Buffer; halfClose?: boolean };
    expected?: readonly ProblemCode[];
  }[] = [
    { name: 'no Host', request: { bytes: requestBytes(create(world, { host: false })) } },
    {
      name: 'Content-Length and chunked',
      request: framed(
        'Content-Length: 5\r\nTransfer-Encoding: chunked\r\n',
        `${validCreate.length.toString(16)}\r\n${validCreate}\r\n0\r\n\r\n`,
      ),
    },
    {
      name: 'two Content-Lengths',
      request: framed(
        `Content-Length: ${validCreate.length}\r\nContent-Length: 3\r\n`,
        validCreate,
      ),
    },
    { name: 'negative Content-Length', request: framed('Content-Length: -1\r\n', validCreate) },
    {
      name: 'Content-Length not a number',
      request: framed('Content-Length: 2e1\r\n', validCreate),
    },
    {
      name: 'a body shorter than Content-Length',
      request: framed(`Content-Length: ${validCreate.length + 10}\r\n`, validCreate, true),
    },
    { name: 'Transfer-Encoding gzip', request: framed('Transfer-Encoding: gzip\r\n', validCreate) },
    {
      name: 'a bad chunk size',
      request: framed('Transfer-Encoding: chunked\r\n', `zz\r\n${validCreate}\r\n0\r\n\r\n`),
    },
    {
      name: 'a chunk longer than its size',
      request: framed('Transfer-Encoding: chunked\r\n', `2\r\n${validCreate}\r\n0\r\n\r\n`),
    },
    { name: 'a space in a header name', request: framed('Bad Header: 1\r\n', '') },
    { name: 'a header without a colon', request: framed('NoColonHere\r\n', '') },
    { name: 'a header name with (', request: framed('X(y): 1\r\n', '') },
    { name: 'an empty header name', request: framed(': 1\r\n', '') },
    { name: 'NUL in a header value', request: framed('X-A: a\u0000b\r\n', '') },
    { name: 'a bare CR in a header value', request: framed('X-A: a\rb\r\n', '') },
    { name: 'a folded header', request: framed('X-A: a\r\n b\r\n', '') },
    {
      name: 'an unknown version',
      request: { bytes: latin1('GET /todos HTTP/9.9\r\nHost: x\r\n\r\n') },
    },
    {
      name: 'a version without minor',
      request: { bytes: latin1('GET /todos HTTP/1\r\nHost: x\r\n\r\n') },
    },
    {
      name: 'no version',
      request: { bytes: latin1('GET /todos\r\nHost: x\r\n\r\n') },
      // Node reads a request line without a version as HTTP/0.9 and goes on: the request then
      // lacks a token.
      expected: ['request.malformed', 'auth.missing-credentials'],
    },
    {
      name: 'HTTPS as protocol',
      request: { bytes: latin1('GET /todos HTTPS/1.1\r\nHost: x\r\n\r\n') },
    },
    {
      name: 'an unknown method',
      request: { bytes: latin1('BREW /todos HTTP/1.1\r\nHost: x\r\n\r\n') },
    },
    {
      name: 'a lower-case method',
      request: { bytes: latin1('get /todos HTTP/1.1\r\nHost: x\r\n\r\n') },
    },
    {
      name: 'two spaces',
      request: { bytes: latin1('GET  /todos HTTP/1.1\r\nHost: x\r\n\r\n') },
      // RFC 9112 lets a recipient split the request line on any run of whitespace (Node does).
      expected: ['request.malformed', 'auth.missing-credentials'],
    },
    {
      name: 'a space in the target',
      request: { bytes: latin1('GET /to dos HTTP/1.1\r\nHost: x\r\n\r\n') },
    },
    {
      name: 'the HTTP/2 preface',
      request: { bytes: latin1('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), halfClose: true },
    },
    {
      name: 'a TLS ClientHello',
      request: { bytes: Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03]) },
    },
  ];
  return fc.constantFrom(...cases).map(({ name, request, expected }) => ({
    kind: 'broken-http',
    detail: name,
    expected: expected ?? malformed,
    bytes: request.bytes,
    halfClose: request.halfClose ?? false,
  }));
};

/** Request lines of random garbage; `@` first makes sure no method can be read from them. */
const garbageRequestLines: fc.Arbitrary<HostileRequest> = fc
  .oneof(
    fc.string({ maxLength: 200 }).map((line) => latin1(`@${line}\r\n\r\n`)),
    fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.concat([latin1('@'), bytes])),
  )
  .map((bytes) => ({
    kind: 'garbage-bytes',
    expected: malformed,
    bytes,
    // Random bytes may never end the request line: closing our side makes the server decide.
    halfClose: true,
  }));

// Not ASCII in the request target: RFC 9112 refuses it, lenient parsers pass it on percent-free,
// and then no id or route can match it.
const nonAsciiTargets = (world: HostileWorld): fc.Arbitrary<HostileRequest> =>
  fc
    .constantFrom('/todos/\u00ff', '/todos/caf\u00e9', '/t\u00f6dos', '/todos?status=\u00e9')
    .map((target) => ({
      kind: 'non-ascii-target',
      expected: ['request.malformed', 'todo.id-invalid', 'route.not-found', 'request.invalid'],
      bytes: requestBytes({
        method: 'GET',
        target,
        headers: [['Authorization', `Bearer ${world.alice.token}`]],
      }),
    }));

/** Every route, each request otherwise valid, with a credential that must be refused. */
const badCredentials = (world: HostileWorld): fc.Arbitrary<HostileRequest> => {
  const { openTodoId } = world.alice;
  const routes: Omit<RequestParts, 'headers'>[] = [
    { method: 'POST', target: '/todos', body: validCreate },
    { method: 'GET', target: '/todos' },
    { method: 'GET', target: `/todos/${openTodoId}` },
    { method: 'PATCH', target: `/todos/${openTodoId}`, body: '{"title":"Forged"}' },
    { method: 'DELETE', target: `/todos/${openTodoId}` },
  ];
  return fc
    .tuple(fc.constantFrom(...world.badCredentials), fc.constantFrom(...routes))
    .map(([credential, route]) => ({
      kind: 'bad-credentials',
      expected: [credential.code],
      bytes: requestBytes({
        ...route,
        headers: [
          ...(credential.authorization === undefined
            ? []
            : [['Authorization', credential.authorization] as const]),
          ['Content-Type', 'application/json'],
        ],
      }),
    }));
};

/** Requests broken at the HTTP level, and requests with bad credentials. */
export const hostileProtocol = (world: HostileWorld): fc.Arbitrary<HostileRequest>[] => [
  oversizedHeaders(world),
  brokenRequests(world),
  garbageRequestLines,
  nonAsciiTargets(world),
  badCredentials(world),
];
