import { isUtf8 } from 'node:buffer';
import { err, ok, type Result } from '@todo/domain';
import {
  ownerFromAuthorizer,
  type AuthorizerOwner,
  type PayloadFormat,
} from './authorizer-owner.js';
import {
  fieldOf,
  isRecord,
  stringAt,
  stringEntriesOf,
  stringFieldOf,
  stringListEntriesOf,
} from './event-fields.js';

/** An HTTP request as API Gateway delivered it, in one shape for both payload formats. */
export interface GatewayRequest {
  /** Which payload format it came in; the response goes back in the same one. */
  readonly format: PayloadFormat;
  /** Upper case. */
  readonly method: string;
  /** The path as received (`rawPath` or `path`), still percent-encoded where the client encoded. */
  readonly path: string;
  /** Header names in lower case; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** Query parameters: a string, or an array of strings when the key is repeated. */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  /** Path parameters API Gateway matched, when its route had any. */
  readonly pathParameters: Readonly<Record<string, string>>;
  /**
   * The body as text, base64-decoded when API Gateway encoded it; the bytes themselves when they
   * are not UTF-8, for the contract to refuse rather than read U+FFFD in their place; `undefined`
   * when there is none.
   */
  readonly body: string | Uint8Array | undefined;
  /** API Gateway's request id (`requestContext.requestId`). */
  readonly requestId: string | undefined;
  readonly owner: AuthorizerOwner;
}

/** The event is not an API Gateway proxy event (payload 1.0 or 2.0) or a Function URL event. */
export class UnsupportedEventError extends Error {
  override readonly name = 'UnsupportedEventError';
  readonly code = 'lambda-api.event-unsupported';

  constructor() {
    super(
      'The event is not an API Gateway HTTP API (2.0), REST API proxy (1.0) or Function URL ' +
        'event; check what triggers this function.',
    );
  }
}

// Built with fromEntries, which defines keys such as `__proto__` as plain own properties.
const lowerCaseHeaders = (entries: readonly (readonly [string, string])[]) => {
  const headers = new Map<string, string>();
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    const seen = headers.get(key);
    headers.set(key, seen === undefined ? value : `${seen}, ${value}`);
  }
  return Object.fromEntries(headers);
};

const queryFrom = (entries: readonly (readonly [string, string])[]) => {
  const query = new Map<string, string | string[]>();
  for (const [key, value] of entries) {
    const seen = query.get(key);
    query.set(key, seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value]);
  }
  return Object.fromEntries(query);
};

const bodyOf = (event: unknown): string | Uint8Array | undefined => {
  const body = stringFieldOf(event, 'body');
  if (body === undefined) return undefined;
  if (fieldOf(event, 'isBase64Encoded') !== true) return body;
  const bytes = Buffer.from(body, 'base64');
  return isUtf8(bytes) ? bytes.toString('utf8') : bytes;
};

// 2.0 (HTTP API, Function URLs): headers are single strings (API Gateway joins repeats with
// commas), cookies come apart, and `queryStringParameters` joins repeated keys with commas, so
// the query is read from `rawQueryString` instead, where repeats stay apart.
const fromVersion2 = (event: Readonly<Record<string, unknown>>, method: string): GatewayRequest => {
  const headerEntries = stringEntriesOf(event['headers']);
  const cookies = Array.isArray(event['cookies'])
    ? event['cookies'].filter((cookie) => typeof cookie === 'string')
    : [];
  const hasCookieHeader = headerEntries.some(([name]) => name.toLowerCase() === 'cookie');
  if (cookies.length > 0 && !hasCookieHeader) headerEntries.push(['cookie', cookies.join('; ')]);

  // An event without a raw query (some test tools) falls back to the joined one.
  const rawQuery = stringFieldOf(event, 'rawQueryString');
  const queryEntries =
    rawQuery === undefined || rawQuery === ''
      ? stringEntriesOf(event['queryStringParameters'])
      : [...new URLSearchParams(rawQuery)];

  return {
    format: '2.0',
    method,
    path:
      stringFieldOf(event, 'rawPath') ?? stringAt(event, ['requestContext', 'http', 'path']) ?? '/',
    headers: lowerCaseHeaders(headerEntries),
    query: queryFrom(queryEntries),
    pathParameters: Object.fromEntries(stringEntriesOf(event['pathParameters'])),
    body: bodyOf(event),
    requestId: stringAt(event, ['requestContext', 'requestId']),
    owner: ownerFromAuthorizer('2.0', fieldOf(event['requestContext'], 'authorizer')),
  };
};

// 1.0 (REST API proxy): the multi-value maps hold every value of a repeated header or query key;
// the single-value maps keep only the last one, so they are read only when the others are absent.
const fromVersion1 = (event: Readonly<Record<string, unknown>>, method: string): GatewayRequest => {
  const multiValueHeaders = stringListEntriesOf(event['multiValueHeaders']);
  const headerEntries =
    multiValueHeaders.length > 0
      ? multiValueHeaders.flatMap(([name, values]) => values.map((value) => [name, value] as const))
      : stringEntriesOf(event['headers']);
  const multiValueQuery = stringListEntriesOf(event['multiValueQueryStringParameters']);
  const queryEntries =
    multiValueQuery.length > 0
      ? multiValueQuery.flatMap(([key, values]) => values.map((value) => [key, value] as const))
      : stringEntriesOf(event['queryStringParameters']);

  return {
    format: '1.0',
    method,
    path: stringFieldOf(event, 'path') ?? '/',
    headers: lowerCaseHeaders(headerEntries),
    query: queryFrom(queryEntries),
    pathParameters: Object.fromEntries(stringEntriesOf(event['pathParameters'])),
    body: bodyOf(event),
    requestId: stringAt(event, ['requestContext', 'requestId']),
    owner: ownerFromAuthorizer('1.0', fieldOf(event['requestContext'], 'authorizer')),
  };
};

/**
 * Reads an API Gateway event, payload format 2.0 (HTTP API; Lambda Function URLs send the same
 * shape) or 1.0 (REST API proxy integration), into one request shape. Header names in any case,
 * multi-value headers and query strings and base64 bodies are all handled here; the owner is
 * read from the authorizer's verified claims only (see `ownerFromAuthorizer`).
 *
 * @example
 * const request = parseGatewayEvent(event);
 * if (!request.ok) throw request.error;
 */
export const parseGatewayEvent = (
  event: unknown,
): Result<GatewayRequest, UnsupportedEventError> => {
  if (!isRecord(event)) return err(new UnsupportedEventError());

  const version2Method = stringAt(event, ['requestContext', 'http', 'method']);
  if (event['version'] === '2.0' && version2Method !== undefined) {
    return ok(fromVersion2(event, version2Method.toUpperCase()));
  }
  const version1Method = stringFieldOf(event, 'httpMethod');
  if (
    (event['version'] === undefined || event['version'] === '1.0') &&
    version1Method !== undefined
  ) {
    return ok(fromVersion1(event, version1Method.toUpperCase()));
  }
  return err(new UnsupportedEventError());
};
