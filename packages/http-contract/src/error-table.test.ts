import { useCaseErrorCodes } from '@todo/ports';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { httpErrorCodes, problemCodes, problemTable, problemType } from './error-table.js';
import { problemMeanings } from './problem-meanings.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The README's error table, between its markers, as rows of trimmed cells. */
const documentedRows = (): string[][] => {
  const start = readme.indexOf('<!-- problem-table:start -->');
  const end = readme.indexOf('<!-- problem-table:end -->');
  if (start < 0 || end < start) return [];
  return readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
};

describe('the error table', () => {
  it('covers every code the use cases can return', () => {
    for (const code of useCaseErrorCodes) expect(problemTable).toHaveProperty([code]);
  });

  it('has exactly the use-case codes and the HTTP codes, each once', () => {
    const expected = [...new Set([...useCaseErrorCodes, ...httpErrorCodes])].sort();

    expect(Object.keys(problemTable).sort()).toEqual(expected);
    expect([...problemCodes].sort()).toEqual(expected);
  });

  it.each([
    ['request.invalid', 400],
    ['request.malformed-json', 400],
    ['auth.missing-credentials', 401],
    ['auth.invalid-credentials', 401],
    ['todo.not-found', 404],
    ['route.not-found', 404],
    ['todo.completed-not-editable', 409],
    ['todo.cannot-uncomplete', 409],
    ['todo.version-mismatch', 412],
    ['request.body-too-large', 413],
    ['request.unsupported-media-type', 415],
    ['todo.title-empty', 422],
    ['internal', 500],
    ['store.unavailable', 503],
  ] as const)('answers %s with %i, as the API promises', (code, status) => {
    expect(problemTable[code].status).toBe(status);
  });

  it('answers only with error statuses, and the faults of stored data as 500', () => {
    for (const { status } of Object.values(problemTable)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
    expect(problemTable['todo.snapshot-invalid'].status).toBe(500);
    expect(problemTable['todo.timestamp-invalid'].status).toBe(500);
  });

  it('gives each code its own type URI', () => {
    const types = problemCodes.map(problemType);

    expect(new Set(types).size).toBe(problemCodes.length);
    expect(problemType('todo.not-found')).toBe('https://todo.invalid/problems/todo.not-found');
  });

  it('is documented in the README, row for row', () => {
    const rows = problemCodes.map((code) => {
      const { status, title } = problemTable[code];
      return [`\`${code}\``, String(status), title, problemMeanings[code]];
    });

    // On failure, paste the expected rows between the README's problem-table markers.
    expect(documentedRows()).toEqual(rows);
  });
});
