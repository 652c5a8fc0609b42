import type { OwnerId, TodoId } from '@todo/domain';
import type { TodoView } from './todo-view.js';

/**
 * The form of an idempotency key, as a JSON Schema (ECMAScript) pattern: 1 to 128 visible ASCII
 * characters, `!` to `~`, so no spaces or control characters. A UUID or a ULID fits.
 */
export const idempotencyKeyPattern = '^[!-~]{1,128}$';

/** What a create records under an idempotency key before it creates anything. */
export interface IdempotencyClaim {
  readonly ownerId: OwnerId;
  /** The client's key, already checked against {@link idempotencyKeyPattern}. */
  readonly key: string;
  /** Identifies the request: the same for the same request, different otherwise (a digest). */
  readonly fingerprint: string;
  /**
   * The id the todo gets, chosen before the todo is created, so that whichever request with this
   * key gets to create it creates the same todo, and at most one of them succeeds.
   */
  readonly todoId: TodoId;
  /** From this moment on the record no longer counts. Stores may round it up to a whole second. */
  readonly expiresAt: Date;
}

/** A claim whose todo may not exist yet: its request is running, failed, or died. */
export interface PendingIdempotencyRecord extends IdempotencyClaim {
  readonly state: 'pending';
}

/** A claim whose todo was created, with the answer the first request gave. */
export interface CompletedIdempotencyRecord extends IdempotencyClaim {
  readonly state: 'completed';
  /** Replayed, exactly, to every later request with the same key and fingerprint. */
  readonly response: TodoView;
}

/** What a store holds under one owner's idempotency key. */
export type IdempotencyRecord = PendingIdempotencyRecord | CompletedIdempotencyRecord;

/** What {@link IdempotencyStore.claim} found: the key was free, or the record holding it. */
export type ClaimOutcome =
  { readonly claimed: true } | { readonly claimed: false; readonly record: IdempotencyRecord };

/**
 * Remembers, per owner and idempotency key, which todo a create made and what it answered, so a
 * retried create makes no second todo and gets the same answer. Keys are scoped to the owner: the
 * same key from two owners names two records. A record whose `expiresAt` is not after `now` counts
 * as absent everywhere (stores that delete expired records late must check it when reading).
 *
 * `claim` and `complete` are conditional writes, atomic in the store: of any number of concurrent
 * claims of one free key exactly one gets `claimed: true`, and of concurrent completions exactly
 * one gets `true`. Failures are thrown as `StoreUnavailableError` (retryable) or
 * `CorruptIdempotencyRecordError`; anything else is rethrown as it is.
 *
 * @example
 * const outcome = await store.claim({ ownerId, key, fingerprint, todoId, expiresAt }, now);
 * if (outcome.claimed) {
 *   await repository.create(todo); // todo.id === todoId
 *   await store.complete(ownerId, key, todoId, toTodoView(todo));
 * } else if (outcome.record.state === 'completed') {
 *   return outcome.record.response; // a replay
 * }
 */
export interface IdempotencyStore {
  /**
   * Records `claim` as pending, unless a live record holds the key: then returns that record and
   * changes nothing. An expired record is replaced.
   */
  claim(claim: IdempotencyClaim, now: Date): Promise<ClaimOutcome>;

  /**
   * Marks the pending record of `key` as completed with `response`, only if it is still pending
   * and for `todoId`. Returns whether this call completed it; `false` means another request did
   * first (or the record is gone, or was replaced after expiring), and nothing was changed.
   */
  complete(ownerId: OwnerId, key: string, todoId: TodoId, response: TodoView): Promise<boolean>;

  /** The live record of `key`, or `null` when there is none or it has expired. */
  find(ownerId: OwnerId, key: string, now: Date): Promise<IdempotencyRecord | null>;
}

/** A stored idempotency record could not be read back. `key` names the item, never its contents. */
export class CorruptIdempotencyRecordError extends Error {
  override readonly name = 'CorruptIdempotencyRecordError';
  readonly code = 'idempotency.corrupt-record';

  constructor(
    readonly key: string,
    readonly field: string,
    options?: ErrorOptions,
  ) {
    super(`Stored item ${key} is not a valid idempotency record (field ${field}).`, options);
  }
}
