import type { Clock } from '../clock.js';

/**
 * A {@link Clock} for tests: the first `now()` returns `start`, and each later call returns a time
 * one second after the previous one, so every reading is distinct and runs are repeatable.
 *
 * @example
 * const clock = fixedClock(new Date('2026-01-01T00:00:00.000Z'));
 * clock.now(); // 2026-01-01T00:00:00.000Z
 * clock.now(); // 2026-01-01T00:00:01.000Z
 */
export const fixedClock = (start: Date = new Date('2026-01-01T00:00:00.000Z')): Clock => {
  let next = start.getTime();
  return {
    now() {
      const reading = new Date(next);
      next += 1000;
      return reading;
    },
  };
};
