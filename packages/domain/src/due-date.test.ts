import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDueDate } from './due-date.js';

const invalid = { ok: false, error: { code: 'todo.due-date-invalid' } };

describe('parseDueDate', () => {
  it.each([
    ['a date', '2026-12-24'],
    ['29 February in a leap year', '2024-02-29'],
    ['29 February in a year divisible by 400', '2000-02-29'],
    ['the last day of a 31-day month', '2026-01-31'],
    ['hours and minutes in UTC', '2026-12-24T18:00Z'],
    ['seconds in UTC', '2026-12-24T18:00:30Z'],
    ['milliseconds in UTC', '2026-12-24T18:00:30.125Z'],
    ['nanoseconds in UTC', '2026-12-24T18:00:30.123456789Z'],
    ['a positive offset', '2026-12-24T18:00:00+01:00'],
    ['a negative half-hour offset', '2026-12-24T18:00-03:30'],
    ['the largest offset', '2026-12-24T18:00+14:00'],
    ['the last moment of a day', '2026-12-31T23:59:59.999+00:00'],
  ])('accepts %s, kept exactly as given', (_case, dueDate) => {
    expect(parseDueDate(dueDate)).toEqual({ ok: true, value: dueDate });
  });

  it.each([
    ['30 February', '2026-02-30'],
    ['29 February in a common year', '2025-02-29'],
    ['29 February in a century not divisible by 400', '1900-02-29'],
    ['31 April', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['month 0', '2026-00-10'],
    ['day 0', '2026-01-00'],
    ['hour 24', '2026-12-24T24:00Z'],
    ['minute 60', '2026-12-24T23:60Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['a time without an offset', '2026-12-24T18:00'],
    ['seconds without an offset', '2026-12-24T18:00:00'],
    ['an offset without a colon', '2026-12-24T18:00+0100'],
    ['an offset of 24 hours', '2026-12-24T18:00+24:00'],
    ['an offset minute of 60', '2026-12-24T18:00+01:60'],
    ['hours only', '2026-12-24T18Z'],
    ['lower-case separators', '2026-12-24t18:00z'],
    ['a space instead of T', '2026-12-24 18:00Z'],
    ['a fraction without seconds', '2026-12-24T18:00.5Z'],
    ['single-digit month and day', '2026-1-1'],
    ['a single-digit day', '2026-01-1'],
    ['a two-digit year', '26-01-01'],
    ['an expanded year', '+002026-01-01'],
    ['slashes', '2026/01/01'],
    ['full-width digits', '２０２６-０１-０１'],
    ['a leading space', ' 2026-12-24'],
    ['a trailing newline', '2026-12-24\n'],
    ['a word', 'tomorrow'],
    ['an empty string', ''],
  ])('rejects %s', (_case, dueDate) => {
    expect(parseDueDate(dueDate)).toEqual(invalid);
  });

  it('accepts a date exactly when it exists in the calendar', () => {
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    // Date's own calendar is the oracle: an impossible date rolls over into another one.
    const exists = (year: number, month: number, day: number) => {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    };

    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const dueDate = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

          expect(parseDueDate(dueDate).ok).toBe(exists(year, month, day));
        },
      ),
      { numRuns: 500 },
    );
  });
});
