import type { Branded } from './brand.js';
import { isCalendarDate, isTimeOfDay } from './calendar.js';
import type { DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * A moment in time as an ISO 8601 UTC string with milliseconds (`2026-12-03T16:46:01.000Z`), the
 * form `Date.prototype.toISOString` writes. Such strings sort in time order.
 */
export type Instant = Branded<string, 'Instant'>;

// year-month-dayThour:minute:second.millisecondsZ. Plain capture groups, not named ones: a match
// with named groups builds a `groups` object, which made this check three times slower, and it
// runs for every instant of every todo read from a store.
const instantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}Z$/;

/**
 * Turns a `Date` read from the clock port into an {@link Instant}. The domain never reads the
 * clock itself; callers pass the time in.
 */
export const instantFromDate = (date: Date): Instant => date.toISOString() as Instant;

/** Checks that `value` is an {@link Instant}, for example when reading one back from a store. */
export const parseInstant = (value: string): Result<Instant, DomainError> => {
  const match = instantPattern.exec(value);
  if (match === null) return err({ code: 'todo.timestamp-invalid' });

  const [, year, month, day, hour, minute, second] = match;
  const valid =
    isCalendarDate(Number(year), Number(month), Number(day)) &&
    isTimeOfDay(Number(hour), Number(minute), Number(second));

  return valid ? ok(value as Instant) : err({ code: 'todo.timestamp-invalid' });
};
