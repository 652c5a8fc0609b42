import { describe, expect, it } from 'vitest';
import { describeIdGeneratorContract } from './id-generator-contract.js';
import { sequentialIds } from './sequential-ids.js';

describe('sequentialIds', () => {
  it('counts up from 1 behind the prefix', () => {
    const ids = sequentialIds('task');

    expect([ids.next(), ids.next()]).toEqual(['task-0000000001', 'task-0000000002']);
  });

  it('makes ids that sort in the order they were made, past 9 and 99', () => {
    const ids = sequentialIds();
    const made = Array.from({ length: 120 }, () => ids.next());

    expect([...made].sort()).toEqual(made);
  });

  it('refuses a prefix that cannot start a todo id', () => {
    expect(() => sequentialIds('has space').next()).toThrow(RangeError);
  });
});

describeIdGeneratorContract('sequentialIds', () => sequentialIds());
