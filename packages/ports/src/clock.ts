/**
 * Tells the time. The domain never reads a clock itself, so tests can fix the time.
 *
 * @example
 * const systemClock: Clock = { now: () => new Date() };
 */
export interface Clock {
  now(): Date;
}
