/**
 * Answers whether the store can serve requests now, for readiness probes. Resolves when it can,
 * rejects (with `StoreUnavailableError` where the adapter can tell) when it can't.
 *
 * @example
 * app.get('/ready', async () => { await health.check(); return { status: 'ready' }; });
 */
export interface StoreHealth {
  check(): Promise<void>;
}
