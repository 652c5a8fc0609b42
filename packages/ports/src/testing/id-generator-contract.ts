import { parseTodoId } from '@todo/domain';
import { describe, expect, it } from 'vitest';
import type { IdGenerator } from '../id-generator.js';

// Enough ids to cross any buffer a generator refills (the Fastify app's holds 1,024 draws).
const manyIds = 5_000;

/**
 * Declares the vitest suite every {@link IdGenerator} must pass: each id is a valid todo id,
 * no id repeats, and every id sorts after the ones made before it, within one millisecond
 * and across milliseconds.
 *
 * @example
 * describeIdGeneratorContract('uuidV7Ids', () => uuidV7Ids);
 */
export function describeIdGeneratorContract(name: string, generator: () => IdGenerator): void {
  describe(`${name} honours the IdGenerator contract`, () => {
    it('makes ids the domain accepts as todo ids', () => {
      const ids = generator();
      const made = Array.from({ length: 100 }, () => ids.next());

      expect(made.filter((id) => !parseTodoId(id).ok)).toEqual([]);
    });

    it('never repeats an id, even thousands in a row', () => {
      const ids = generator();
      const made = Array.from({ length: manyIds }, () => ids.next());

      expect(new Set(made).size).toBe(manyIds);
    });

    it('makes each id sort after the one before, even within one millisecond', () => {
      const ids = generator();
      const made = Array.from({ length: manyIds }, () => ids.next());

      const outOfOrder = made.filter((id, index) => index > 0 && id <= (made[index - 1] ?? ''));
      expect(outOfOrder).toEqual([]);
    });

    it('makes a later id sort after an earlier one across milliseconds', async () => {
      const ids = generator();
      const earlier = ids.next();
      await new Promise((resolve) => setTimeout(resolve, 5));
      const later = ids.next();

      expect(later > earlier).toBe(true);
    });
  });
}
