import type { StoreHealth } from '@todo/ports';

/**
 * The {@link StoreHealth} of an in-memory store: always ready, since there is nothing to reach.
 *
 * @example
 * const health = new InMemoryStoreHealth();
 * await health.check(); // resolves
 */
export class InMemoryStoreHealth implements StoreHealth {
  check(): Promise<void> {
    return Promise.resolve();
  }
}
