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

const hexDigits = Buffer.from('0123456789abcdef', 'latin1');
const text = Buffer.alloc(36);

/**
 * The canonical 8-4-4-4-12 form of a UUID's bytes, as one flat string. The library's
 * `toString()` joins 36 one-character strings, which V8 keeps as a chain of pieces until
 * something reads the whole string: the domain's id check then copied it out again. Written
 * into a buffer and read back once, the same id costs 0.25 instead of 0.65 µs (BENCHMARKS.md).
 */
const canonicalForm = (bytes: Uint8Array): string => {
  let at = 0;
  for (let index = 0; index < 16; index += 1) {
    if (index === 4 || index === 6 || index === 8 || index === 10) text[at++] = 0x2d; // '-'
    const byte = bytes[index] ?? 0;
    text[at++] = hexDigits[byte >>> 4] ?? 0;
    text[at++] = hexDigits[byte & 0x0f] ?? 0;
  }
  return text.toString('latin1', 0, 36);
};

/**
 * UUIDv7: time-ordered, so todos list in creation order; its hex-and-dashes form is a TodoId.
 * `uuidv7` keeps a counter between ids and needs only 32 random bits per id; `uuid` asked the OS
 * for 16 bytes on every id, which under load was the largest single cost of a create.
 */
export const uuidV7Ids: IdGenerator = {
  next() {
    const id = parseTodoId(canonicalForm(uuidV7Generator.generate().bytes));
    if (!id.ok) throw new Error('uuid v7 produced an id the domain refuses');
    return id.value;
  },
};
