import type { OwnerId, TodoId } from '@todo/domain';
import type {
  ClaimOutcome,
  IdempotencyClaim,
  IdempotencyRecord,
  IdempotencyStore,
  TodoView,
} from '@todo/ports';

type Method = keyof IdempotencyStore;

/**
 * A small idempotency store for the use-case tests, with the port's conditional-write semantics
 * and expiry. Every call is written to `journal` (shared with the fake repository and the event
 * publisher), and a test can make the next call of a method fail or run code first, such as a
 * parallel request's write.
 */
export class FakeIdempotencyStore implements IdempotencyStore {
  readonly #records = new Map<string, IdempotencyRecord>();
  readonly #scripts: Array<{ method: Method; run: () => void }> = [];

  constructor(readonly journal: string[] = []) {}

  /** What is stored under the key, expired or not, without a journal entry. */
  stored(ownerId: string, key: string): IdempotencyRecord | undefined {
    return this.#records.get(keyOf(ownerId, key));
  }

  /** Stores a record directly, without a journal entry (another request's write, say). */
  seed(record: IdempotencyRecord): void {
    this.#records.set(keyOf(record.ownerId, record.key), record);
  }

  /** Makes the next call of `method` throw `error` instead of touching the store. */
  failNext(method: Method, error: Error): void {
    this.#scripts.push({
      method,
      run: () => {
        throw error;
      },
    });
  }

  /** Runs `effect` just before the next call of `method`. */
  beforeNext(method: Method, effect: () => void): void {
    this.#scripts.push({ method, run: effect });
  }

  async claim(claim: IdempotencyClaim, now: Date): Promise<ClaimOutcome> {
    this.#enter('claim');
    const existing = this.#live(claim.ownerId, claim.key, now);
    if (existing) return { claimed: false, record: existing };
    this.seed({ ...claim, state: 'pending' });
    return { claimed: true };
  }

  async complete(
    ownerId: OwnerId,
    key: string,
    todoId: TodoId,
    response: TodoView,
  ): Promise<boolean> {
    this.#enter('complete');
    const record = this.stored(ownerId, key);
    if (record?.state !== 'pending' || record.todoId !== todoId) return false;
    this.seed({ ...record, state: 'completed', response });
    return true;
  }

  async find(ownerId: OwnerId, key: string, now: Date): Promise<IdempotencyRecord | null> {
    this.#enter('find');
    return this.#live(ownerId, key, now) ?? null;
  }

  #live(ownerId: string, key: string, now: Date): IdempotencyRecord | undefined {
    const record = this.stored(ownerId, key);
    return record && record.expiresAt.getTime() > now.getTime() ? record : undefined;
  }

  #enter(method: Method): void {
    this.journal.push(method);
    const index = this.#scripts.findIndex((script) => script.method === method);
    const [script] = index === -1 ? [] : this.#scripts.splice(index, 1);
    script?.run();
  }
}

const keyOf = (ownerId: string, key: string): string => JSON.stringify([ownerId, key]);
