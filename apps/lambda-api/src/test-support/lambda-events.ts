import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The folder of real Lambda event payloads: `shared/` lies beside the repository's clone, on
 * developers' machines and on CI alike. The files are never edited; tests edit copies.
 */
export const lambdaEventsDir = fileURLToPath(
  new URL('../../../../../shared/fixtures/lambda-events/', import.meta.url),
);

/** A fresh copy of a fixture, parsed; each call reads the file again. */
export const loadLambdaEvent = (file: string): unknown =>
  JSON.parse(readFileSync(`${lambdaEventsDir}${file}`, 'utf8'));

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A payload 2.0 fixture (HTTP API or Function URL), checked to be one. */
export const loadHttpApiEvent = (file: string): APIGatewayProxyEventV2 => {
  const event = loadLambdaEvent(file);
  const isVersion2 = (value: unknown): value is APIGatewayProxyEventV2 =>
    isObject(value) && value['version'] === '2.0' && isObject(value['requestContext']);
  if (!isVersion2(event)) throw new Error(`${file} is not a payload 2.0 event`);
  return event;
};

/** A payload 1.0 fixture (REST API proxy), checked to be one. */
export const loadRestApiEvent = (file: string): APIGatewayProxyEvent => {
  const event = loadLambdaEvent(file);
  const isVersion1 = (value: unknown): value is APIGatewayProxyEvent =>
    isObject(value) && typeof value['httpMethod'] === 'string' && isObject(value['requestContext']);
  if (!isVersion1(event)) throw new Error(`${file} is not a payload 1.0 event`);
  return event;
};

/** What a test changes in a fixture to address one route. */
export interface EventEdits {
  readonly method: string;
  /** The path with its query string, e.g. `/todos?limit=2`. */
  readonly url: string;
  /** A JSON-ready body, sent as `application/json`; or a raw string with its own content type. */
  readonly json?: unknown;
  readonly rawBody?: string;
  readonly base64?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
  /** The authorizer's claims; `null` removes the authorizer; absent keeps the fixture's own. */
  readonly claims?: Readonly<Record<string, string>> | null;
  readonly pathParameters?: Readonly<Record<string, string>>;
}

const bodyOf = (edits: EventEdits) => {
  const text = edits.json === undefined ? edits.rawBody : JSON.stringify(edits.json);
  if (text === undefined) return { body: undefined, isBase64Encoded: false };
  return edits.base64 === true
    ? { body: Buffer.from(text, 'utf8').toString('base64'), isBase64Encoded: true }
    : { body: text, isBase64Encoded: false };
};

const headersOf = (
  edits: EventEdits,
  base: Record<string, string | undefined>,
): Record<string, string | undefined> => ({
  ...base,
  ...(edits.json === undefined ? {} : { 'content-type': 'application/json' }),
  ...edits.headers,
});

/** A copy of a 2.0 fixture, addressed to `edits.method` and `edits.url`, claims as a JWT authorizer's. */
export const editHttpApiEvent = (event: APIGatewayProxyEventV2, edits: EventEdits) => {
  const url = new URL(edits.url, 'https://api.example.com');
  const { body, isBase64Encoded } = bodyOf(edits);
  const { authorizer, ...requestContext } = { authorizer: undefined, ...event.requestContext };
  const claims = edits.claims;
  const query = Object.fromEntries(url.searchParams);
  return {
    ...event,
    routeKey: `${edits.method} ${url.pathname}`,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    queryStringParameters: Object.keys(query).length === 0 ? undefined : query,
    headers: headersOf(edits, event.headers),
    pathParameters: edits.pathParameters,
    body,
    isBase64Encoded,
    requestContext: {
      ...requestContext,
      http: { ...event.requestContext.http, method: edits.method, path: url.pathname },
      ...(claims === null
        ? {}
        : {
            authorizer:
              claims === undefined ? authorizer : { jwt: { claims: { ...claims }, scopes: null } },
          }),
    },
  };
};

/** A copy of a 1.0 fixture, addressed likewise, claims as a Cognito user pool authorizer's. */
export const editRestApiEvent = (event: APIGatewayProxyEvent, edits: EventEdits) => {
  const url = new URL(edits.url, 'https://api.example.com');
  const { body, isBase64Encoded } = bodyOf(edits);
  const headers = headersOf(edits, event.headers);
  const multiValueQuery: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (multiValueQuery[key] ??= []).push(value);
  const { authorizer, ...requestContext } = event.requestContext;
  const claims = edits.claims;
  return {
    ...event,
    httpMethod: edits.method,
    path: url.pathname,
    headers,
    multiValueHeaders: Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, value === undefined ? [] : [value]]),
    ),
    queryStringParameters:
      Object.keys(multiValueQuery).length === 0 ? null : Object.fromEntries(url.searchParams),
    multiValueQueryStringParameters:
      Object.keys(multiValueQuery).length === 0 ? null : multiValueQuery,
    pathParameters: edits.pathParameters ?? null,
    body: body ?? null,
    isBase64Encoded,
    requestContext: {
      ...requestContext,
      httpMethod: edits.method,
      ...(claims === null
        ? {}
        : { authorizer: claims === undefined ? authorizer : { claims: { ...claims } } }),
    },
  };
};
