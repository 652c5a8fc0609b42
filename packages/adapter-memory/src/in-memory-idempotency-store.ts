import type { OwnerId, TodoId } from '@todo/domain';
import type {
  ClaimOutcome,
  IdempotencyClaim,
  IdempotencyRecord,
  IdempotencyStore,
  TodoView,
} from '@todo/ports';

/** A record as kept: plain values only, so no caller shares an object (such as a Date) with it. */
type StoredRecord =
  | (Omit<IdempotencyClaim, 'expiresAt'> & { state: 'pending'; expiresAtMs: number })
  | (Omit<IdempotencyClaim, 'expiresAt'> & {
      state: 'completed';
      expiresAtMs: number;
      response: TodoView;
    });

const toRecord = ({ expiresAtMs, ...stored }: StoredRecord): IdempotencyRecord =>
  stored.state === 'completed'
    ? { ...stored, response: { ...stored.response }, expiresAt: new Date(expiresAtMs) }
    : { ...stored, expiresAt: new Date(expiresAtMs) };

/**
 * An {@link IdempotencyStore} in process memory, for tests, demos and local runs. Like the
 * in-memory repository, its checks happen in the same synchronous step as the write, which is
 * what a conditional write gives a real store.
 *
 * Expired records count as absent, and are dropped as later claims come in: records are kept in
 * the order they were claimed, and each claim first drops the expired ones at the front. With one
 * lifetime for every key (the use cases' TTL), that order is also the order they expire in.
 *
 * @example
 * const todos = createTodoService({ repository, events, clock, ids,
 *   idempotency: new InMemoryIdempotencyStore() });
 */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  readonly #owners = new Map<OwnerId, Map<string, StoredRecord>>();
  /** When each record expires, oldest claim first, for dropping expired ones. */
  readonly #expiries = new Map<string, { ownerId: OwnerId; key: string; expiresAtMs: number }>();

  /** How many records are held, expired ones not yet dropped included. */
  get size(): number {
    return this.#expiries.size;
  }

  async claim(claim: IdempotencyClaim, now: Date): Promise<ClaimOutcome> {
    this.#dropExpired(now);
    const existing = this.#live(claim.ownerId, claim.key, now);
    if (existing) return { claimed: false, record: toRecord(existing) };

    const { expiresAt, ...fields } = claim;
    this.#write({ ...fields, state: 'pending', expiresAtMs: expiresAt.getTime() });
    // Deleting first moves the key to the end of the queue, where the newest claim belongs.
    const queued = JSON.stringify([claim.ownerId, claim.key]);
    this.#expiries.delete(queued);
    this.#expiries.set(queued, {
      ownerId: claim.ownerId,
      key: claim.key,
      expiresAtMs: expiresAt.getTime(),
    });
    return { claimed: true };
  }

  async complete(
    ownerId: OwnerId,
    key: string,
    todoId: TodoId,
    response: TodoView,
  ): Promise<boolean> {
    const stored = this.#owners.get(ownerId)?.get(key);
    if (stored?.state !== 'pending' || stored.todoId !== todoId) return false;

    this.#write({ ...stored, state: 'completed', response: { ...response } });
    return true;
  }

  async find(ownerId: OwnerId, key: string, now: Date): Promise<IdempotencyRecord | null> {
    const stored = this.#live(ownerId, key, now);
    return stored ? toRecord(stored) : null;
  }

  #live(ownerId: OwnerId, key: string, now: Date): StoredRecord | undefined {
    const stored = this.#owners.get(ownerId)?.get(key);
    return stored && stored.expiresAtMs > now.getTime() ? stored : undefined;
  }

  /** Stores `record` under its owner and key, replacing what was there. */
  #write(record: StoredRecord): void {
    let records = this.#owners.get(record.ownerId);
    if (!records) {
      records = new Map();
      this.#owners.set(record.ownerId, records);
    }
    records.set(record.key, Object.freeze(record));
  }

  #dropExpired(now: Date): void {
    for (const [queued, { ownerId, key, expiresAtMs }] of this.#expiries) {
      if (expiresAtMs > now.getTime()) return;
      this.#expiries.delete(queued);
      const records = this.#owners.get(ownerId);
      records?.delete(key);
      if (records?.size === 0) this.#owners.delete(ownerId);
    }
  }
}
