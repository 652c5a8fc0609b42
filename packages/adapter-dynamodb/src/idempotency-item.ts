import { parseTodoId, type OwnerId } from '@todo/domain';
import {
  CorruptIdempotencyRecordError,
  type IdempotencyClaim,
  type IdempotencyRecord,
  type TodoView,
} from '@todo/ports';
import { ownerPartitionKey } from './todo-keys.js';
import { todoTableAttributes } from './todo-table.js';

const { partitionKey, sortKey, timeToLive } = todoTableAttributes;

/** Sort keys of idempotency records start with this, in the owner's partition. */
export const idempotencySortKeyPrefix = 'IDEMPOTENCY#';

/** Attribute names of an idempotency record besides its keys and `expiresAt`. */
export const idempotencyAttributes = {
  fingerprint: 'fingerprint',
  todoId: 'todoId',
  state: 'state',
  response: 'response',
} as const;

/** The primary key of the record of `key`: the owner's partition, so keys are scoped to it. */
export const idempotencyItemKey = (ownerId: string, key: string) => ({
  [partitionKey]: ownerPartitionKey(ownerId),
  [sortKey]: `${idempotencySortKeyPrefix}${key}`,
});

/**
 * Epoch seconds, as DynamoDB's TTL reads them. Expiry times round up and "now" rounds down, so a
 * record never counts as expired before its `expiresAt`.
 */
export const epochSecondsUp = (date: Date): number => Math.ceil(date.getTime() / 1000);
export const epochSecondsDown = (date: Date): number => Math.floor(date.getTime() / 1000);

/** A pending record as stored: no statusPk, so it never enters the status index. */
export const toPendingItem = (claim: IdempotencyClaim): Record<string, string | number> => ({
  ...idempotencyItemKey(claim.ownerId, claim.key),
  [idempotencyAttributes.fingerprint]: claim.fingerprint,
  [idempotencyAttributes.todoId]: claim.todoId,
  [idempotencyAttributes.state]: 'pending',
  [timeToLive]: epochSecondsUp(claim.expiresAt),
});

/** The answer as stored: a map of the view's fields, nulls as NULL. */
export const toStoredResponse = (view: TodoView): Record<string, unknown> => ({ ...view });

/**
 * Reads an item back as the record of `key`, checking every attribute, or `null` when it has
 * expired at `now` (DynamoDB deletes expired items late, so reads must check). Throws
 * {@link CorruptIdempotencyRecordError} naming the item's key and the first bad field.
 */
export function fromIdempotencyItem(
  ownerId: OwnerId,
  key: string,
  item: Readonly<Record<string, unknown>>,
  now: Date,
): IdempotencyRecord | null {
  const itemKey = idempotencyItemKey(ownerId, key);
  const corrupt = (field: string) =>
    new CorruptIdempotencyRecordError(`${itemKey[partitionKey]}/${itemKey[sortKey]}`, field);

  const expiresAt = item[timeToLive];
  if (typeof expiresAt !== 'number' || !Number.isSafeInteger(expiresAt)) throw corrupt(timeToLive);
  if (expiresAt <= epochSecondsDown(now)) return null;
  const fingerprint = item[idempotencyAttributes.fingerprint];
  if (typeof fingerprint !== 'string') throw corrupt(idempotencyAttributes.fingerprint);
  const rawTodoId = item[idempotencyAttributes.todoId];
  const todoId = typeof rawTodoId === 'string' ? parseTodoId(rawTodoId) : null;
  if (!todoId?.ok) throw corrupt(idempotencyAttributes.todoId);

  const claim = {
    ownerId,
    key,
    fingerprint,
    todoId: todoId.value,
    expiresAt: new Date(expiresAt * 1000),
  };
  const state = item[idempotencyAttributes.state];
  if (state === 'pending') return { ...claim, state };
  if (state !== 'completed') throw corrupt(idempotencyAttributes.state);
  const response = viewOf(item[idempotencyAttributes.response]);
  if (response === null) throw corrupt(idempotencyAttributes.response);
  return { ...claim, state, response };
}

const isNullableString = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';

/** The stored answer as a view, or `null` when any field has the wrong type. */
function viewOf(value: unknown): TodoView | null {
  if (typeof value !== 'object' || value === null) return null;
  const field = (name: keyof TodoView): unknown => Reflect.get(value, name);
  const id = field('id');
  const title = field('title');
  const description = field('description');
  const dueDate = field('dueDate');
  const completed = field('completed');
  const completedAt = field('completedAt');
  const createdAt = field('createdAt');
  const updatedAt = field('updatedAt');
  const version = field('version');
  if (
    typeof id !== 'string' ||
    typeof title !== 'string' ||
    !isNullableString(description) ||
    !isNullableString(dueDate) ||
    typeof completed !== 'boolean' ||
    !isNullableString(completedAt) ||
    typeof createdAt !== 'string' ||
    typeof updatedAt !== 'string' ||
    typeof version !== 'number' ||
    !Number.isSafeInteger(version)
  ) {
    return null;
  }
  return {
    id,
    title,
    description,
    dueDate,
    completed,
    completedAt,
    createdAt,
    updatedAt,
    version,
  };
}
