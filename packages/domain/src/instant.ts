import type { Branded } from './brand.js';
import { isCalendarDate, isTimeOfDay } from './calendar.js';
import type { DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * A moment in time as an ISO 8601 UTC string with milliseconds (`2026-12-03T16:46:01.000Z`), the
 * form `Date.prototype.toISOString` writes. Such strings sort in time order.
 */
export type Instant = Branded<string, 'Instant'>;

const instantPattern =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})T(?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})\.\d{3}Z$/;

/**
 * Turns a `Date` read from the clock port into an {@link Instant}. The domain never reads the
 * clock itself; callers pass the time in.
 */
export const instantFromDate = (date: Date): Instant => date.toISOString() as Instant;

/** Checks that `value` is an {@link Instant}, for example when reading one back from a store. */
export const parseInstant = (value: string): Result<Instant, DomainError> => {
  const parts = instantPattern.exec(value)?.groups;
  const n = (name: string) => Number(parts?.[name]);
  const valid =
    parts !== undefined &&
    isCalendarDate(n('year'), n('month'), n('day')) &&
    isTimeOfDay(n('hour'), n('minute'), n('second'));

  return valid ? ok(value as Instant) : err({ code: 'todo.timestamp-invalid' });
};
