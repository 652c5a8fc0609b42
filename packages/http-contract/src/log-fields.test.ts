import { describe, expect, it } from 'vitest';
import {
  acceptedRequestId,
  requestLogEntry,
  requestLogFields,
  requestLogLevel,
} from './log-fields.js';

describe('requestLogEntry', () => {
  it('writes the shared field names, the duration to two decimals', () => {
    const entry = requestLogEntry({
      requestId: 'r-1',
      method: 'GET',
      route: '/todos/{id}',
      statusCode: 404,
      durationMs: 1.23456,
      errorCode: 'todo.not-found',
    });

    expect(entry).toEqual({
      requestId: 'r-1',
      method: 'GET',
      route: '/todos/{id}',
      statusCode: 404,
      durationMs: 1.23,
      errorCode: 'todo.not-found',
    });
    expect(Object.keys(entry).sort()).toEqual(Object.values(requestLogFields).sort());
  });

  it('leaves errorCode out of a success', () => {
    const entry = requestLogEntry({
      requestId: 'r',
      method: 'GET',
      route: null,
      statusCode: 200,
      durationMs: 1,
    });

    expect(entry).not.toHaveProperty('errorCode');
  });

  it.each([
    [200, 'info'],
    [404, 'info'],
    [500, 'error'],
    [503, 'error'],
  ] as const)('logs status %i at %s', (status, level) => {
    expect(requestLogLevel(status)).toBe(level);
  });
});

describe('acceptedRequestId', () => {
  it.each([
    ['abc-123', 'abc-123'],
    [
      'Root=1-5759e988-bd862e3fe1be46a994272793',
      'Root=1-5759e988-bd862e3fe1be46a994272793'.includes('=') ? undefined : '',
    ],
    ['x'.repeat(129), undefined],
    ['with space', undefined],
    [undefined, undefined],
  ])('%s -> %s', (header, expected) => {
    expect(acceptedRequestId(header)).toBe(expected);
  });
});
