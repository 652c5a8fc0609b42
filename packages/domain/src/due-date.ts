import type { Branded } from './brand.js';
import { isCalendarDate, isTimeOfDay } from './calendar.js';
import type { DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * When a todo is due: an ISO 8601 calendar date (`2026-12-24`) or a date-time with an explicit UTC
 * offset (`2026-12-24T18:00:00+01:00`, `2026-12-24T17:00Z`). It is kept exactly as given, so a
 * date-only due date stays a whole day and an offset keeps the owner's local time.
 */
export type DueDate = Branded<string, 'DueDate'>;

// year-month-day, then optionally Thour:minute[:second[.fraction]] with Z or ±hour:minute.
// Plain capture groups, not named ones: a match with named groups builds a `groups` object, which
// made this check three to four times slower, and it runs for every todo read from a store.
const dueDatePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

// Absent optional parts read as zero, which is always in range.
const numberOf = (digits: string | undefined): number =>
  digits === undefined ? 0 : Number(digits);

/**
 * Checks that `value` is a real date, or a real date and time with an offset. A time without an
 * offset is refused: its instant would depend on the server's time zone.
 *
 * @example
 * parseDueDate('2026-02-28')       // ok
 * parseDueDate('2026-02-30')       // { code: 'todo.due-date-invalid' }
 * parseDueDate('2026-02-28T10:00') // { code: 'todo.due-date-invalid' }: no offset
 */
export const parseDueDate = (value: string): Result<DueDate, DomainError> => {
  const match = dueDatePattern.exec(value);
  if (match === null) return err({ code: 'todo.due-date-invalid' });

  const [, year, month, day, hour, minute, second, offsetHour, offsetMinute] = match;
  const valid =
    isCalendarDate(numberOf(year), numberOf(month), numberOf(day)) &&
    isTimeOfDay(numberOf(hour), numberOf(minute), numberOf(second)) &&
    isTimeOfDay(numberOf(offsetHour), numberOf(offsetMinute), 0);

  return valid ? ok(value as DueDate) : err({ code: 'todo.due-date-invalid' });
};
