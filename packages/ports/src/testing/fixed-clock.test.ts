import { describe, expect, it } from 'vitest';
import { fixedClock } from './fixed-clock.js';

describe('fixedClock', () => {
  it('starts at the given time and moves one second on each reading', () => {
    const clock = fixedClock(new Date('2026-05-01T12:00:00.000Z'));

    const readings = [clock.now(), clock.now(), clock.now()].map((date) => date.toISOString());

    expect(readings).toEqual([
      '2026-05-01T12:00:00.000Z',
      '2026-05-01T12:00:01.000Z',
      '2026-05-01T12:00:02.000Z',
    ]);
  });

  it('starts at 2026-01-01 when no time is given', () => {
    expect(fixedClock().now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('hands out dates that changing does not move the clock', () => {
    const clock = fixedClock(new Date('2026-05-01T12:00:00.000Z'));

    clock.now().setUTCFullYear(1999);

    expect(clock.now().toISOString()).toBe('2026-05-01T12:00:01.000Z');
  });
});
