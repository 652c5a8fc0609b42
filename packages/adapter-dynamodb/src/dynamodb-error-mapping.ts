import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { StoreUnavailableError, TodoNotFoundError, VersionConflictError } from '@todo/ports';

/**
 * Translation of DynamoDB's failures into the repository port's errors. The repository calls
 * these at the edge, after the SDK has done its own retries; what is not recognised here is
 * rethrown unchanged by the caller.
 */

/** Service errors that mean "too busy or briefly broken, try later". */
const transientServiceErrors = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
]);

/** Errors of the HTTP layer: no answer in time, or no connection at all. */
const transportErrorNames = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'AbortError',
  'NetworkingError',
]);

const transportErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Whether `error` means the store can't serve now (load, outage, network), so a retry may work. */
export function isStoreUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (transientServiceErrors.has(error.name) || transportErrorNames.has(error.name)) return true;
  const code: unknown = Reflect.get(error, 'code');
  if (typeof code === 'string' && transportErrorCodes.has(code)) return true;
  // Any 5xx from the service is its own fault, whatever the error is called.
  const metadata: unknown = Reflect.get(error, '$metadata');
  const status: unknown =
    typeof metadata === 'object' && metadata !== null
      ? Reflect.get(metadata, 'httpStatusCode')
      : undefined;
  return typeof status === 'number' && status >= 500;
}

/**
 * The error to throw for a failed DynamoDB call: {@link StoreUnavailableError} (with the original
 * as `cause`) when the store is unavailable, otherwise the original error itself.
 */
export function translateDynamoDbError(error: unknown, action: string): unknown {
  if (!isStoreUnavailable(error)) return error;
  const what = error instanceof Error ? error.name : 'unknown error';
  return new StoreUnavailableError(`DynamoDB could not ${action} (${what}).`, { cause: error });
}

/** Whether a write failed because its condition did not hold. */
export const isConditionFailure = (error: unknown): error is ConditionalCheckFailedException =>
  error instanceof ConditionalCheckFailedException ||
  (error instanceof Error && error.name === 'ConditionalCheckFailedException');

/** What a failed condition tells about the stored item. `version` is null if unreadable. */
export type StoredState =
  { readonly exists: false } | { readonly exists: true; readonly version: number | null };

/**
 * The stored item's state as returned with the failure (`ReturnValuesOnConditionCheckFailure:
 * ALL_OLD`), or `null` when no item came back. DynamoDB returns nothing when the item is absent;
 * dynalite never returns it. So `null` is ambiguous, and the caller must look the item up.
 */
export function storedStateFromConditionFailure(
  error: ConditionalCheckFailedException,
): StoredState | null {
  const item: unknown = error.Item;
  if (typeof item !== 'object' || item === null) return null;
  // The exception carries the raw attribute values: the document client does not unmarshall it.
  const version: unknown = Reflect.get(item, 'version');
  const digits: unknown =
    typeof version === 'object' && version !== null ? Reflect.get(version, 'N') : undefined;
  const parsed = typeof digits === 'string' ? Number(digits) : Number.NaN;
  return { exists: true, version: Number.isSafeInteger(parsed) ? parsed : null };
}

/**
 * Explains a failed version condition: `lookUp` runs only when the failure did not carry the
 * item, so it costs a read only on that failure path (always on dynalite, and on DynamoDB only
 * when the item is gone).
 */
export async function explainConditionFailure(
  error: ConditionalCheckFailedException,
  lookUp: () => Promise<StoredState>,
): Promise<StoredState> {
  return storedStateFromConditionFailure(error) ?? (await lookUp());
}

/** The port error for a write whose `version = expectedVersion` condition failed. */
export function versionConditionError(
  todoId: string,
  expectedVersion: number,
  state: StoredState,
  cause: unknown,
): TodoNotFoundError | VersionConflictError {
  if (!state.exists) return new TodoNotFoundError(todoId, { cause });
  // Versions only grow, so an equal one means the item was replaced between the write and the
  // look-up: what stood in the way of the write is unknown.
  const actual = state.version === expectedVersion ? null : state.version;
  return new VersionConflictError(todoId, expectedVersion, actual, { cause });
}
