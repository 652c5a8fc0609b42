import autocannon from 'autocannon';

/** What a request built per request may change. */
export interface VariedRequest {
  readonly path: string;
  readonly body?: string;
  readonly method?: LoadRequest['method'];
  readonly headers?: Readonly<Record<string, string>>;
}

/** The requests of one load run: either the same one each time, or built per request. */
export interface LoadRequest {
  readonly method: 'GET' | 'POST' | 'PATCH';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /**
   * Called for every request, across all connections and runs; returns the path and body to
   * send. Used where requests must differ (ids from a pool, alternating titles).
   */
  readonly vary?: () => VariedRequest;
}

/** How long and how hard. */
export interface LoadShape {
  readonly connections: number;
  /** Seconds, or a request count when `amount` is set. */
  readonly durationSeconds?: number;
  readonly amount?: number;
}

/** What one run measured, from the client's side. */
export interface LoadResult {
  /** Responses received. */
  readonly requests: number;
  /** Responses that were not 2xx; any is a broken workload, reported rather than hidden. */
  readonly non2xx: number;
  readonly errors: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * Runs autocannon against `baseUrl` (127.0.0.1 only) in this process. Bounded: by duration or by
 * request count, with a 10 s timeout per request.
 */
export const runLoad = async (
  baseUrl: string,
  request: LoadRequest,
  shape: LoadShape,
): Promise<LoadResult> => {
  if (!baseUrl.startsWith('http://127.0.0.1:')) {
    throw new Error(`bench.load-target-not-loopback: ${baseUrl}`);
  }
  const { vary } = request;
  const result = await autocannon({
    url: baseUrl,
    connections: shape.connections,
    ...(shape.amount === undefined
      ? { duration: shape.durationSeconds ?? 5 }
      : { amount: shape.amount }),
    timeout: 10,
    requests: [
      {
        method: request.method,
        path: request.path,
        headers: { ...request.headers },
        ...(request.body === undefined ? {} : { body: request.body }),
        ...(vary === undefined
          ? {}
          : {
              setupRequest: (built) => {
                const varied = vary();
                return {
                  ...built,
                  path: varied.path,
                  ...(varied.body === undefined ? {} : { body: varied.body }),
                  ...(varied.method === undefined ? {} : { method: varied.method }),
                  ...(varied.headers === undefined ? {} : { headers: { ...varied.headers } }),
                };
              },
            }),
      },
    ],
  });
  const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    requests,
    non2xx: result.non2xx,
    errors: result.errors,
    seconds: result.duration,
    requestsPerSecond: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
};
