/** A response as the suite inspects it. */
export interface ContractResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON for JSON content types, the text otherwise, `undefined` for an empty body. */
  readonly body: unknown;
}

/** What to send. */
export interface ContractRequest {
  readonly token?: string;
  /** Sent as `Authorization` as it is, overriding `token`. */
  readonly authorization?: string;
  /** Serialised as JSON with `Content-Type: application/json`. */
  readonly json?: unknown;
  /** Sent as it is; set `contentType` yourself. */
  readonly rawBody?: string;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const isJson = (contentType: string | null) =>
  contentType !== null && /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType);

/** Sends one request over a real socket with `fetch` and reads the whole answer. */
export const send = async (
  baseUrl: string,
  method: string,
  path: string,
  request: ContractRequest = {},
): Promise<ContractResponse> => {
  const headers = new Headers(request.headers);
  if (request.authorization !== undefined) headers.set('authorization', request.authorization);
  else if (request.token !== undefined) headers.set('authorization', `Bearer ${request.token}`);

  let body: string | undefined;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers.set('content-type', request.contentType ?? 'application/json');
  } else if (request.rawBody !== undefined) {
    body = request.rawBody;
    if (request.contentType !== undefined) headers.set('content-type', request.contentType);
  }

  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    redirect: 'manual',
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body:
      text === ''
        ? undefined
        : isJson(response.headers.get('content-type'))
          ? JSON.parse(text)
          : text,
  };
};
