import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatTestSummary, summariseTestLog } from './summarise-test-log.mjs';

// Real logs of this workspace's runs; fixtures/README.md says how each was made.
const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('summariseTestLog', () => {
  it('adds up the prefixed, coloured counts of several projects and each failed lint task', async () => {
    // domain: 1 failed, 257 passed, 1 skipped, 1 todo; ports: 9 passed; ports:lint failed.
    expect(summariseTestLog(await fixture('run-many-stream-with-failures.log'))).toEqual({
      passed: 266,
      failed: 2,
      skipped: 2,
    });
  });

  it('counts a test task that failed without counting, like one that found no test files', async () => {
    // domain: 256 passed; ports:test failed with "No test files found".
    expect(summariseTestLog(await fixture('run-many-stream-no-test-files.log'))).toEqual({
      passed: 256,
      failed: 1,
      skipped: 0,
    });
  });

  it('reads the unprefixed, uncoloured output of a single project', async () => {
    expect(summariseTestLog(await fixture('run-one-project-no-colour.log'))).toEqual({
      passed: 256,
      failed: 0,
      skipped: 0,
    });
  });

  it('finds nothing in a log where no test ran', async () => {
    expect(summariseTestLog(await fixture('lint-only.log'))).toBeNull();
  });

  it('counts expected failures as passed and todos as skipped', () => {
    const log =
      'api:       Tests  2 failed | 5 passed | 1 expected fail | 3 skipped | 4 todo (15)\n';

    expect(summariseTestLog(log)).toEqual({ passed: 6, failed: 2, skipped: 7 });
  });

  it('counts a failed test task whose counts show no failure once', () => {
    const log = [
      'api:       Tests  5 passed (5)',
      'api:      Errors  1 error',
      'Failed tasks:',
      '',
      '- api:test',
    ].join('\n');

    expect(summariseTestLog(log)).toEqual({ passed: 5, failed: 1, skipped: 0 });
  });

  it('does not count a failed test task twice when its counts show the failures', () => {
    const log = ['api:       Tests  2 failed | 5 passed (7)', 'Failed tasks:', '- api:test'].join(
      '\n',
    );

    expect(summariseTestLog(log)).toEqual({ passed: 5, failed: 2, skipped: 0 });
  });

  it('ignores the Test Files line and vitest banners', () => {
    const log = ['api:  Test Files  3 passed (3)', 'api: ⎯⎯⎯ Failed Tests 1 ⎯⎯⎯'].join('\n');

    expect(summariseTestLog(log)).toBeNull();
  });
});

describe('formatTestSummary', () => {
  it('writes the line CI reads', () => {
    expect(formatTestSummary({ passed: 12, failed: 1, skipped: 0 })).toBe('12 passed, 1 failed');
  });

  it('adds the skipped tests when there are any', () => {
    expect(formatTestSummary({ passed: 12, failed: 0, skipped: 3 })).toBe(
      '12 passed, 0 failed, 3 skipped',
    );
  });
});
