import { describe, expect, it } from 'vitest';
import { InMemoryStoreHealth } from './in-memory-store-health.js';

describe('InMemoryStoreHealth', () => {
  it('is always ready', async () => {
    await expect(new InMemoryStoreHealth().check()).resolves.toBeUndefined();
  });
});
