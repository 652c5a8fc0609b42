import type { StoreHealth } from '@todo/ports';
import { jsonContentType, type HttpResponse } from './http-exchange.js';
import { problemResponse } from './problem-response.js';

/** The paths that need no token: probes and documentation. */
export const publicPaths = {
  health: '/health',
  ready: '/ready',
  openApi: '/openapi.json',
  docs: '/docs',
} as const;

/** `GET /health`: the process is up. It checks nothing else, so it never needs a token. */
export const healthResponse = (): HttpResponse => ({
  status: 200,
  headers: { 'content-type': jsonContentType, 'cache-control': 'no-store' },
  body: { status: 'ok' },
});

/** `GET /ready`: 200 when the store answers, else 503 `store.unavailable` with `Retry-After`. */
export const readinessResponse = async (health: StoreHealth): Promise<HttpResponse> => {
  try {
    await health.check();
  } catch {
    return problemResponse('store.unavailable', { detail: 'The store does not answer.' });
  }
  return {
    status: 200,
    headers: { 'content-type': jsonContentType, 'cache-control': 'no-store' },
    body: { status: 'ready' },
  };
};

const isStoreUnavailable = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && error.code === 'repository.store-unavailable';

/**
 * The answer to an error a route threw: 503 when the store was unreachable, else a 500 that
 * leaks nothing. Apps log the error itself at `error` level.
 */
export const unexpectedErrorResponse = (error: unknown): HttpResponse =>
  isStoreUnavailable(error)
    ? problemResponse('store.unavailable', { detail: 'The store does not answer.' })
    : problemResponse('internal', { detail: 'Something went wrong on our side.' });

/** The problem `code` of a response, for the request log; `undefined` for a success. */
export const errorCodeOf = (response: HttpResponse): string | undefined => {
  const { body } = response;
  if (response.status < 400 || typeof body !== 'object' || body === null) return undefined;
  return 'code' in body && typeof body.code === 'string' ? body.code : undefined;
};
