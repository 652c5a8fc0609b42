/** What one request of a load run got. */
export interface LoadRecord {
  readonly operation: string;
  /** `performance.now()` when it was sent. */
  readonly startedAt: number;
  readonly elapsedMs: number;
  /** Absent when no answer came (a reset, a refused connection, the client's timeout). */
  readonly status?: number;
  readonly retryAfter?: string | null;
  readonly contentType?: string | null;
  /** The problem `code` of an error answer. */
  readonly code?: string;
  /** Why no answer came. */
  readonly error?: string;
}

/** A running load: read `records` at any time, `stop` to end it. */
export interface RequestLoad {
  readonly records: readonly LoadRecord[];
  /** Waits for the requests in flight and returns every record. */
  stop(): Promise<readonly LoadRecord[]>;
}

const codeOf = (text: string): string | undefined => {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' &&
      body !== null &&
      'code' in body &&
      typeof body.code === 'string'
      ? body.code
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Sends `request` with `fetch`, giving up after `timeoutMs`, and records what came back. Never
 * throws: a request that got no answer is a record with `error`.
 */
export const timedRequest = async (
  operation: string,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<LoadRecord> => {
  const startedAt = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    const code = response.status >= 400 ? codeOf(text) : undefined;
    return {
      operation,
      startedAt,
      elapsedMs: performance.now() - startedAt,
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      contentType: response.headers.get('content-type'),
      ...(code === undefined ? {} : { code }),
    };
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return {
      operation,
      startedAt,
      elapsedMs: performance.now() - startedAt,
      error: `${error instanceof Error ? error.name : 'Error'}${cause}`,
    };
  }
};

/**
 * Keeps `concurrency` clients busy with reads and creates for `token`'s owner on the server at
 * `baseUrl`, one request after another each, until stopped.
 */
export const startRequestLoad = (options: {
  readonly baseUrl: string;
  readonly token: string;
  readonly todoIds: readonly string[];
  readonly concurrency: number;
  readonly timeoutMs: number;
}): RequestLoad => {
  const { baseUrl, token, todoIds, concurrency, timeoutMs } = options;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const operations = [
    () => timedRequest('GET /todos', `${baseUrl}/todos?limit=5`, { headers }, timeoutMs),
    (n: number) =>
      timedRequest(
        'GET /todos/{id}',
        `${baseUrl}/todos/${todoIds[n % todoIds.length]}`,
        { headers },
        timeoutMs,
      ),
    (n: number) =>
      timedRequest(
        'POST /todos',
        `${baseUrl}/todos`,
        { method: 'POST', headers, body: JSON.stringify({ title: `Under load ${n}` }) },
        timeoutMs,
      ),
  ];
  const records: LoadRecord[] = [];
  let running = true;
  const client = async (first: number) => {
    for (let n = first; running; n += 1) {
      const operation = operations[n % operations.length];
      if (operation !== undefined) records.push(await operation(n));
    }
  };
  const clients = Array.from({ length: concurrency }, (_, index) => client(index));

  return {
    records,
    async stop() {
      running = false;
      await Promise.all(clients);
      return records;
    },
  };
};
