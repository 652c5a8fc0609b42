import {
  ConditionalCheckFailedException,
  InternalServerError,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  ResourceNotFoundException,
  ThrottlingException,
} from '@aws-sdk/client-dynamodb';
import { StoreUnavailableError, TodoNotFoundError, VersionConflictError } from '@todo/ports';
import { describe, expect, it } from 'vitest';
import {
  explainConditionFailure,
  isConditionFailure,
  isStoreUnavailable,
  translateDynamoDbError,
  versionConditionError,
  type StoredState,
} from './dynamodb-error-mapping.js';

const metadata = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });
const nodeError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });
const named = (name: string, status?: number) =>
  Object.assign(new Error(name), { name }, status === undefined ? {} : metadata(status));

const conditionFailure = (item?: ConditionalCheckFailedException['Item']) =>
  new ConditionalCheckFailedException({
    message: 'The conditional request failed',
    ...metadata(400),
    ...(item === undefined ? {} : { Item: item }),
  });

describe('DynamoDB error mapping', () => {
  it.each([
    [
      'throughput exceeded',
      new ProvisionedThroughputExceededException({ message: 'x', ...metadata(400) }),
    ],
    ['throttling', new ThrottlingException({ message: 'x', ...metadata(400) })],
    ['request limit exceeded', new RequestLimitExceeded({ message: 'x', ...metadata(400) })],
    ['an internal server error', new InternalServerError({ message: 'x', ...metadata(500) })],
    ['service unavailable', named('ServiceUnavailable', 503)],
    ['any other 5xx', named('SomethingNew', 502)],
    ['a request timeout', named('TimeoutError')],
    ['an aborted request', named('AbortError')],
    ['a refused connection', nodeError('ECONNREFUSED')],
    ['a reset connection', nodeError('ECONNRESET')],
    ['an unreachable host', nodeError('EHOSTUNREACH')],
    ['a failed DNS lookup', nodeError('EAI_AGAIN')],
  ])('treats %s as store-unavailable, keeping it as the cause', (_, error) => {
    const translated = translateDynamoDbError(error, 'read a todo');

    expect(isStoreUnavailable(error)).toBe(true);
    expect(translated).toBeInstanceOf(StoreUnavailableError);
    expect(translated).toMatchObject({ retryable: true, cause: error });
  });

  it.each([
    ['a validation error', named('ValidationException', 400)],
    ['a missing table', new ResourceNotFoundException({ message: 'x', ...metadata(400) })],
    ['a failed condition', conditionFailure()],
    ['a bug in our code', new TypeError('x is undefined')],
    ['a thrown string', 'nope'],
  ])('rethrows %s unchanged', (_, error) => {
    expect(isStoreUnavailable(error)).toBe(false);
    expect(translateDynamoDbError(error, 'read a todo')).toBe(error);
  });

  it('recognises a failed condition by class and by name', () => {
    expect(isConditionFailure(conditionFailure())).toBe(true);
    expect(isConditionFailure(named('ConditionalCheckFailedException', 400))).toBe(true);
    expect(isConditionFailure(named('ValidationException', 400))).toBe(false);
  });

  describe('explaining a failed version condition', () => {
    /** A stand-in for the follow-up GetItem, counting its calls. */
    const lookUpAnswering = (state: StoredState) => {
      const calls: string[] = [];
      const lookUp = () => {
        calls.push('GetItem');
        return Promise.resolve(state);
      };
      return { calls, lookUp };
    };

    it('reads the version from the returned item without asking again', async () => {
      const { calls, lookUp } = lookUpAnswering({ exists: false });
      const error = conditionFailure({ pk: { S: 'OWNER#a' }, version: { N: '7' } });

      expect(await explainConditionFailure(error, lookUp)).toEqual({ exists: true, version: 7 });
      expect(calls).toEqual([]);
    });

    it('reports an unreadable returned version as unknown', async () => {
      const { lookUp } = lookUpAnswering({ exists: false });
      const error = conditionFailure({ pk: { S: 'OWNER#a' }, version: { S: 'seven' } });

      expect(await explainConditionFailure(error, lookUp)).toEqual({ exists: true, version: null });
    });

    it('looks the item up once when the failure came without it', async () => {
      const { calls, lookUp } = lookUpAnswering({ exists: true, version: 4 });

      expect(await explainConditionFailure(conditionFailure(), lookUp)).toEqual({
        exists: true,
        version: 4,
      });
      expect(calls).toEqual(['GetItem']);
    });

    it.each([
      ['a missing item', { exists: false }, TodoNotFoundError, {}],
      ['a newer version', { exists: true, version: 5 }, VersionConflictError, { actualVersion: 5 }],
      [
        'an unreadable version',
        { exists: true, version: null },
        VersionConflictError,
        { actualVersion: null },
      ],
      [
        'the expected version again',
        { exists: true, version: 3 },
        VersionConflictError,
        { actualVersion: null },
      ],
    ] as const)('maps %s to the right port error', (_, state, type, fields) => {
      const cause = conditionFailure();
      const error = versionConditionError('t-1', 3, state, cause);

      expect(error).toBeInstanceOf(type);
      expect(error).toMatchObject({ todoId: 't-1', cause, ...fields });
    });
  });
});
