import { randomFillSync } from 'node:crypto';
import { parseTodoId } from '@todo/domain';
import type { IdGenerator } from '@todo/ports';
import { V7Generator } from 'uuidv7';

/**
 * Random 32-bit numbers for {@link V7Generator}, drawn from Node's CSPRNG 1,024 at a time. The
 * generator asks for one number per id; its default source refills 8 at a time, and a refill
 * costs nearly the same for 32 bytes as for 4 KiB (1.8 against 2.3 µs measured), so under load
 * the refills were a visible share of a create (BENCHMARKS.md).
 */
const pooledRandom = () => {
  const pool = new Uint32Array(1024);
  let next = pool.length;
  return {
    nextUint32(): number {
      if (next === pool.length) {
        randomFillSync(pool);
        next = 0;
      }
      const value = pool[next] ?? 0; // always defined: `next` is below the pool's length
      next += 1;
      return value;
    },
  };
};

const uuidV7Generator = new V7Generator(pooledRandom());

/**
 * UUIDv7: time-ordered, so todos list in creation order; its hex-and-dashes form is a TodoId.
 * `uuidv7` keeps a counter between ids and needs only 32 random bits per id; `uuid` asked the OS
 * for 16 bytes on every id, which under load was the largest single cost of a create.
 */
export const uuidV7Ids: IdGenerator = {
  next() {
    const id = parseTodoId(uuidV7Generator.generate().toString());
    if (!id.ok) throw new Error('uuid v7 produced an id the domain refuses');
    return id.value;
  },
};
