// Calendar arithmetic for the date and time value objects. Written out rather than delegated to
// `Date.parse`, which accepts many non-ISO forms and silently rolls 2026-02-30 over into March.

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** True when year, month (1-12) and day form a real calendar date. */
export const isCalendarDate = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** True when hour, minute and second form a time of day (leap seconds are not accepted). */
export const isTimeOfDay = (hour: number, minute: number, second: number): boolean =>
  hour <= 23 && minute <= 59 && second <= 59;
