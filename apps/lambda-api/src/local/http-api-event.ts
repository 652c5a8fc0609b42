import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { isUtf8 } from 'node:buffer';
import type { IncomingHttpHeaders } from 'node:http';

/** What the local gateway knows about a request when it hands it to a handler. */
export interface LocalRequest {
  readonly method: string;
  /** The path and query as received (`/todos?limit=2`), percent-encoding kept. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The route template that matched (`/todos/{id}`) and its decoded parameters. */
  readonly routePath: string;
  readonly pathParameters: Readonly<Record<string, string>>;
  /** The verified token's claims, as strings (see {@link claimsOfToken}). */
  readonly claims: Readonly<Record<string, string>>;
  readonly requestId: string;
  readonly sourceIp: string;
  readonly protocol: string;
  readonly receivedAt: Date;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** API Gateway's `requestContext.time`: `12/Mar/2020:19:03:58 +0000`. */
export const gatewayTime = (date: Date): string =>
  `${twoDigits(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
  `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:` +
  `${twoDigits(date.getUTCSeconds())} +0000`;

// API Gateway base64-encodes bodies it does not recognise as text; JSON and text go as they are.
const textualContentType =
  /^\s*(?:text\/|application\/(?:json|xml|javascript|[\w.+-]*\+(?:json|xml))\b)/i;

/**
 * The claims of a token the gateway has already verified, as API Gateway's JWT authorizer passes
 * them: every value a string (numbers and booleans as text, anything else as JSON).
 */
export const claimsOfToken = (token: string): Record<string, string> => {
  const payload: unknown = JSON.parse(
    Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
  );
  if (typeof payload !== 'object' || payload === null) return {};
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      typeof value === 'string'
        ? value
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value),
    ]),
  );
};

/**
 * The HTTP API (payload format 2.0) event API Gateway would send for `request`, with a JWT
 * authorizer's claims: lower-case headers with repeats joined by commas, cookies apart, the raw
 * query string and the parsed one (repeats joined by commas, as API Gateway does), and the body
 * as text or base64.
 */
export const httpApiEvent = (request: LocalRequest): APIGatewayProxyEventV2WithJWTAuthorizer => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'cookie' || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const cookies = request.headers.cookie?.split(/;\s*/).filter((cookie) => cookie !== '') ?? [];
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    query[key] = query[key] === undefined ? value : `${query[key]},${value}`;
  }
  const routeKey = `${request.method} ${request.routePath}`;
  // Bytes that are not UTF-8 cannot travel as text; base64 keeps them as sent, so the handler
  // can refuse them rather than read U+FFFD in their place.
  const isText = textualContentType.test(headers['content-type'] ?? '') && isUtf8(request.body);
  const hasBody = request.body.length > 0;

  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    ...(cookies.length === 0 ? {} : { cookies }),
    headers,
    ...(Object.keys(query).length === 0 ? {} : { queryStringParameters: query }),
    ...(Object.keys(request.pathParameters).length === 0
      ? {}
      : { pathParameters: { ...request.pathParameters } }),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: { jwt: { claims: { ...request.claims }, scopes: null } },
      domainName: headers['host'] ?? '127.0.0.1',
      domainPrefix: 'local',
      http: {
        method: request.method,
        path: url.pathname,
        protocol: request.protocol,
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: request.requestId,
      routeKey,
      stage: '$default',
      time: gatewayTime(request.receivedAt),
      timeEpoch: request.receivedAt.getTime(),
    },
    ...(hasBody
      ? {
          body: isText ? request.body.toString('utf8') : request.body.toString('base64'),
          isBase64Encoded: !isText,
        }
      : { isBase64Encoded: false }),
  };
};
