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
