import { describe, expect, it } from 'vitest';
import { median, ratioAgainst, round, spread } from './statistics.js';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });

  it('is not moved by one outlier, as a mean would be', () => {
    expect(median([10, 11, 12, 1_000])).toBe(11.5);
  });
});

describe('spread and round', () => {
  it('gives the smallest and the largest value', () => {
    expect(spread([5, 2, 9])).toEqual({ min: 2, max: 9 });
  });

  it('rounds to the given decimals', () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(1234.5)).toBe(1235);
  });
});

describe('ratioAgainst', () => {
  it.each([
    { value: 0.899, target: 'at-least', shown: '0.89' },
    { value: 0.9, target: 'at-least', shown: '0.90' },
    { value: 0.905, target: 'at-least', shown: '0.90' },
    { value: 1.29, target: 'at-least', shown: '1.29' },
    { value: 1.085, target: 'at-most', shown: '1.09' },
    { value: 1.1, target: 'at-most', shown: '1.10' },
    { value: 1.101, target: 'at-most', shown: '1.11' },
    { value: 1.07, target: 'at-most', shown: '1.07' },
  ] as const)('shows $value against an $target target as $shown', ({ value, target, shown }) => {
    expect(ratioAgainst(value, target)).toBe(shown);
  });

  it('shows a missing ratio as n/a', () => {
    expect(ratioAgainst(Number.NaN, 'at-least')).toBe('n/a');
  });
});
