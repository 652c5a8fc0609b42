import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantFromDate, parseInstant } from './instant.js';

const invalid = { ok: false, error: { code: 'todo.timestamp-invalid' } };

// toISOString writes four-digit years only within these bounds.
const fourDigitYears = fc.date({
  min: new Date('0000-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});

describe('instantFromDate', () => {
  it('writes UTC with milliseconds', () => {
    const date = new Date(Date.UTC(2026, 2, 1, 9, 5, 7, 42));

    expect(instantFromDate(date)).toBe('2026-03-01T09:05:07.042Z');
  });
});

describe('parseInstant', () => {
  it.each([
    ['a UTC time with milliseconds', '2026-12-03T16:46:01.000Z'],
    ['29 February in a leap year', '2024-02-29T23:59:59.999Z'],
    ['midnight', '2026-01-01T00:00:00.000Z'],
  ])('accepts %s, unchanged', (_case, instant) => {
    expect(parseInstant(instant)).toEqual({ ok: true, value: instant });
  });

  it.each([
    ['no milliseconds', '2026-12-03T16:46:01Z'],
    ['microseconds', '2026-12-03T16:46:01.000000Z'],
    ['an offset instead of Z', '2026-12-03T16:46:01.000+00:00'],
    ['a lower-case z', '2026-12-03T16:46:01.000z'],
    ['a date only', '2026-12-03'],
    ['30 February', '2026-02-30T00:00:00.000Z'],
    ['29 February in a common year', '2025-02-29T00:00:00.000Z'],
    ['hour 24', '2026-12-03T24:00:00.000Z'],
    ['minute 60', '2026-12-03T23:60:00.000Z'],
    ['a leap second', '2026-12-31T23:59:60.000Z'],
    ['an expanded year', '+012026-12-03T16:46:01.000Z'],
    ['a word', 'now'],
    ['an empty string', ''],
  ])('rejects %s', (_case, instant) => {
    expect(parseInstant(instant)).toEqual(invalid);
  });

  it('accepts every instant written by instantFromDate, unchanged', () => {
    fc.assert(
      fc.property(fourDigitYears, (date) => {
        const instant = instantFromDate(date);

        expect(parseInstant(instant)).toEqual({ ok: true, value: instant });
        expect(new Date(instant).getTime()).toBe(date.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('sorts instants as strings in time order', () => {
    fc.assert(
      fc.property(fourDigitYears, fourDigitYears, (a, b) => {
        const [first, second] = [instantFromDate(a), instantFromDate(b)];

        expect(first < second).toBe(a.getTime() < b.getTime());
        expect(first === second).toBe(a.getTime() === b.getTime());
      }),
      { numRuns: 300 },
    );
  });
});
