import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseAuditExceptions } from './audit-exceptions.js';

describe('parseAuditExceptions', () => {
  it('reads the workspace file', async () => {
    const content: unknown = JSON.parse(
      await readFile(new URL('../../audit-exceptions.json', import.meta.url), 'utf8'),
    );

    expect(Array.isArray(parseAuditExceptions(content))).toBe(true);
  });

  it('reads a complete exception', () => {
    const entry = {
      advisory: 'GHSA-aaaa-bbbb-cccc',
      package: 'left-pad',
      reason: 'Only reached by the CLI, which this service never calls.',
      reviewBy: '2027-01-31',
    };

    expect(parseAuditExceptions({ exceptions: [entry] })).toEqual([entry]);
  });

  it.each([
    [{}, /needs an "exceptions" array/],
    [{ exceptions: [{ advisory: 'GHSA-aaaa-bbbb-cccc' }] }, /lacks package, reason, reviewBy/],
    [
      {
        exceptions: [{ advisory: 'GHSA-a', package: 'p', reason: 'n/a', reviewBy: '2027-01-31' }],
      },
      /reason must say why/,
    ],
    [
      {
        exceptions: [
          {
            advisory: 'GHSA-a',
            package: 'p',
            reason: 'Never reached from our code paths.',
            reviewBy: 'soon',
          },
        ],
      },
      /reviewBy must be a day/,
    ],
  ])('refuses %o', (content, message) => {
    expect(() => parseAuditExceptions(content)).toThrow(message);
  });
});
