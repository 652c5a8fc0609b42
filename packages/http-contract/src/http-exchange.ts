/**
 * A request as the route functions see it, whatever server received it. Apps build it after
 * verifying the token and parsing the body with {@link readJsonBody}.
 */
export interface HttpRequest {
  /** The verified token's subject. Never taken from the body. */
  readonly ownerId: string;
  readonly params: Readonly<Record<string, string | undefined>>;
  /** Query parameters as the server parsed them: strings, or arrays of strings when repeated. */
  readonly query: Readonly<Record<string, unknown>>;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The parsed JSON body, or `undefined` when there was none. */
  readonly body: unknown;
}

/** A response to send: apps write `status` and `headers` as given and `body` as JSON. */
export interface HttpResponse {
  readonly status: number;
  /** Header names in lower case; `content-type` is set whenever there is a body. */
  readonly headers: Readonly<Record<string, string>>;
  /** JSON-ready; absent for 204. */
  readonly body?: unknown;
}

/** The content type of success bodies. */
export const jsonContentType = 'application/json; charset=utf-8';

/** The content type of error bodies (RFC 9457). */
export const problemContentType = 'application/problem+json; charset=utf-8';
