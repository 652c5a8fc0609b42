/** The median of `values`; `NaN` for none. Benchmarks quote medians: one slow round on a shared
 * machine moves a mean, not a median. */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  const lower = sorted[middle - 1] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : (lower + upper) / 2;
};

/** The smallest and largest of `values`, to show how far rounds spread around the median. */
export const spread = (values: readonly number[]): { min: number; max: number } => ({
  min: values.length === 0 ? Number.NaN : Math.min(...values),
  max: values.length === 0 ? Number.NaN : Math.max(...values),
});

/** `value` rounded to `digits` decimals, for tables and JSON that people read. */
export const round = (value: number, digits = 0): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

/**
 * A ratio to two decimals, rounded away from its target's side, for the tables that judge it: a
 * ratio that must be at least 0.90 shows 0.899 as 0.89, and one that must be at most 1.10 shows
 * 1.101 as 1.11. Rounded to the nearest, a near miss would read as met.
 */
export const ratioAgainst = (value: number, target: 'at-least' | 'at-most'): string => {
  if (!Number.isFinite(value)) return 'n/a';
  // The small nudge keeps a ratio that is exactly on a hundredth (0.9 is 0.8999... in binary
  // arithmetic once scaled) where it is.
  const scaled = value * 100;
  const hundredths = target === 'at-least' ? Math.floor(scaled + 1e-9) : Math.ceil(scaled - 1e-9);
  return (hundredths / 100).toFixed(2);
};
