import { describe, expect, it } from 'vitest';
import { describeIdGeneratorContract } from '@todo/ports/testing';
import { uuidV7Ids } from './uuid-v7-ids.js';

describeIdGeneratorContract('uuidV7Ids (uuidv7, pooled random bits)', () => uuidV7Ids);

describe('uuidV7Ids', () => {
  it('writes the lower-case 8-4-4-4-12 form, version 7, RFC 9562 variant', () => {
    const ids = Array.from({ length: 1_000 }, () => uuidV7Ids.next());

    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('starts each id with the time it was made, in milliseconds', () => {
    const before = Date.now();
    const id = uuidV7Ids.next();
    const after = Date.now();

    const millis = Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(millis).toBeGreaterThanOrEqual(before);
    expect(millis).toBeLessThanOrEqual(after);
  });
});
