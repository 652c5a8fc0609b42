import { parseOwnerId, type OwnerId } from '@todo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdempotencyClaim, IdempotencyStore } from '../idempotency-store.js';
import type { TodoView } from '../todo-view.js';
import { nextTodoId, uniqueOwner, uniqueSuffix, valid } from './contract-fixtures.js';

/** How the contract suite gets, and later releases, the store it tests. */
export interface IdempotencyStoreContractOptions {
  /** Called once (beforeAll); returns the store under test. */
  setup(): Promise<IdempotencyStore> | IdempotencyStore;
  /** Called once (afterAll). */
  teardown?(): Promise<void> | void;
}

// Whole seconds throughout: stores may keep `expiresAt` in whole seconds (DynamoDB's TTL does).
const start = new Date('2026-06-01T12:00:00.000Z');
const secondsAfter = (date: Date, seconds: number): Date =>
  new Date(date.getTime() + seconds * 1000);
const lifetimeSeconds = 24 * 60 * 60;

const claimFor = (ownerId: OwnerId, fields: Partial<IdempotencyClaim> = {}): IdempotencyClaim => ({
  ownerId,
  key: `key-${uniqueSuffix()}`,
  fingerprint: `fingerprint-${uniqueSuffix()}`,
  todoId: nextTodoId(),
  expiresAt: secondsAfter(start, lifetimeSeconds),
  ...fields,
});

const viewOf = (claim: IdempotencyClaim, fields: Partial<TodoView> = {}): TodoView => ({
  id: claim.todoId,
  title: 'Water the plants',
  description: null,
  dueDate: null,
  completed: false,
  completedAt: null,
  createdAt: start.toISOString(),
  updatedAt: start.toISOString(),
  version: 1,
  ...fields,
});

/**
 * Declares the vitest suite every {@link IdempotencyStore} adapter must pass: claims are
 * conditional and atomic, records are scoped to their owner, completion happens once and keeps
 * the answer exactly, and expired records count as absent.
 *
 * One store serves the whole suite; each test makes its own owners and keys, so a store that
 * keeps data between runs needs no cleaning.
 *
 * @example
 * describeIdempotencyStoreContract('InMemoryIdempotencyStore', {
 *   setup: () => new InMemoryIdempotencyStore(),
 * });
 */
export function describeIdempotencyStoreContract(
  name: string,
  options: IdempotencyStoreContractOptions,
): void {
  describe(`${name} honours the IdempotencyStore contract`, () => {
    let underTest: IdempotencyStore | undefined;

    beforeAll(async () => {
      underTest = await options.setup();
    });

    afterAll(async () => {
      await options.teardown?.();
    });

    const store = (): IdempotencyStore => {
      if (!underTest) throw new Error('setup() has not returned a store');
      return underTest;
    };

    describe('claim', () => {
      it('claims a free key and keeps the claim as a pending record', async () => {
        const claim = claimFor(uniqueOwner());

        expect(await store().claim(claim, start)).toEqual({ claimed: true });
        expect(await store().find(claim.ownerId, claim.key, start)).toEqual({
          ...claim,
          state: 'pending',
        });
      });

      it('answers a second claim of the key with the first record and keeps it', async () => {
        const first = claimFor(uniqueOwner());
        await store().claim(first, start);
        const second = claimFor(first.ownerId, { key: first.key });

        const outcome = await store().claim(second, secondsAfter(start, 5));

        expect(outcome).toEqual({ claimed: false, record: { ...first, state: 'pending' } });
        expect(await store().find(first.ownerId, first.key, start)).toMatchObject({
          todoId: first.todoId,
          fingerprint: first.fingerprint,
        });
      });

      it('lets exactly one of many concurrent claims of a key win', async () => {
        const ownerId = uniqueOwner();
        const key = `key-${uniqueSuffix()}`;
        const claims = Array.from({ length: 10 }, () => claimFor(ownerId, { key }));

        const outcomes = await Promise.all(claims.map((claim) => store().claim(claim, start)));

        const winners = claims.filter((_, index) => outcomes[index]?.claimed === true);
        expect(winners).toHaveLength(1);
        const winner = winners[0];
        for (const outcome of outcomes.filter((candidate) => !candidate.claimed)) {
          expect(outcome).toEqual({ claimed: false, record: { ...winner, state: 'pending' } });
        }
      });

      it('scopes keys to their owner: the same key of two owners names two records', async () => {
        const alice = claimFor(uniqueOwner('alice'));
        const bob = claimFor(uniqueOwner('bob'), { key: alice.key });

        expect(await store().claim(alice, start)).toEqual({ claimed: true });
        expect(await store().claim(bob, start)).toEqual({ claimed: true });
        expect(await store().find(alice.ownerId, alice.key, start)).toMatchObject({
          todoId: alice.todoId,
        });
        expect(await store().find(bob.ownerId, bob.key, start)).toMatchObject({
          todoId: bob.todoId,
        });
      });

      it("keeps an owner whose id extends another's with '#' apart from it", async () => {
        // Stores that join owner and key with '#' would file both claims under `<owner>#a#b`.
        const owner = uniqueOwner();
        const extended = valid(parseOwnerId(`${owner}#a`));
        const plain = claimFor(owner, { key: 'a#b' });
        const joined = claimFor(extended, { key: 'b' });

        expect(await store().claim(plain, start)).toEqual({ claimed: true });
        expect(await store().claim(joined, start)).toEqual({ claimed: true });
        expect(await store().find(owner, 'a#b', start)).toMatchObject({ todoId: plain.todoId });
        expect(await store().find(extended, 'b', start)).toMatchObject({ todoId: joined.todoId });
      });

      it.each([
        ['the longest key', '~'.repeat(128)],
        ['punctuation', `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`],
      ])('keeps a key made of %s exactly', async (_, raw) => {
        const claim = claimFor(uniqueOwner(), { key: raw });

        expect(await store().claim(claim, start)).toEqual({ claimed: true });
        expect(await store().find(claim.ownerId, raw, start)).toMatchObject({ key: raw });
      });
    });

    describe('complete', () => {
      it('completes a pending record once, and replays its response exactly', async () => {
        const claim = claimFor(uniqueOwner());
        await store().claim(claim, start);
        const response = viewOf(claim, {
          title: 'Zoë 東京 🦊',
          description: 'Line one\nline two',
          dueDate: '2026-12-24T18:00:00+01:00',
        });

        expect(await store().complete(claim.ownerId, claim.key, claim.todoId, response)).toBe(true);

        const completed = { ...claim, state: 'completed', response };
        expect(await store().find(claim.ownerId, claim.key, start)).toEqual(completed);
        expect(await store().claim(claimFor(claim.ownerId, { key: claim.key }), start)).toEqual({
          claimed: false,
          record: completed,
        });
      });

      it('refuses a second completion and keeps the first response', async () => {
        const claim = claimFor(uniqueOwner());
        await store().claim(claim, start);
        const first = viewOf(claim, { title: 'First' });
        await store().complete(claim.ownerId, claim.key, claim.todoId, first);

        const again = await store().complete(
          claim.ownerId,
          claim.key,
          claim.todoId,
          viewOf(claim, { title: 'Second', version: 2 }),
        );

        expect(again).toBe(false);
        expect(await store().find(claim.ownerId, claim.key, start)).toMatchObject({
          response: first,
        });
      });

      it('lets exactly one of many concurrent completions win', async () => {
        const claim = claimFor(uniqueOwner());
        await store().claim(claim, start);
        const responses = Array.from({ length: 10 }, (_, index) =>
          viewOf(claim, { title: `Answer ${index}` }),
        );

        const outcomes = await Promise.all(
          responses.map((response) =>
            store().complete(claim.ownerId, claim.key, claim.todoId, response),
          ),
        );

        expect(outcomes.filter((outcome) => outcome)).toHaveLength(1);
        const winner = responses[outcomes.indexOf(true)];
        expect(await store().find(claim.ownerId, claim.key, start)).toMatchObject({
          response: winner,
        });
      });

      it('refuses to complete for another todo id, and leaves the record pending', async () => {
        const claim = claimFor(uniqueOwner());
        await store().claim(claim, start);
        const stranger = nextTodoId();

        const outcome = await store().complete(
          claim.ownerId,
          claim.key,
          stranger,
          viewOf({ ...claim, todoId: stranger }),
        );

        expect(outcome).toBe(false);
        expect(await store().find(claim.ownerId, claim.key, start)).toMatchObject({
          state: 'pending',
        });
      });

      it('refuses to complete a key that was never claimed, and creates nothing', async () => {
        const claim = claimFor(uniqueOwner());

        expect(await store().complete(claim.ownerId, claim.key, claim.todoId, viewOf(claim))).toBe(
          false,
        );
        expect(await store().find(claim.ownerId, claim.key, start)).toBeNull();
      });

      it("refuses to complete another owner's record", async () => {
        const claim = claimFor(uniqueOwner('owner'));
        await store().claim(claim, start);

        const outcome = await store().complete(
          uniqueOwner('stranger'),
          claim.key,
          claim.todoId,
          viewOf(claim),
        );

        expect(outcome).toBe(false);
        expect(await store().find(claim.ownerId, claim.key, start)).toMatchObject({
          state: 'pending',
        });
      });
    });

    describe('expiry', () => {
      it('counts a record until just before expiresAt, and as absent from then on', async () => {
        const claim = claimFor(uniqueOwner());
        await store().claim(claim, start);
        await store().complete(claim.ownerId, claim.key, claim.todoId, viewOf(claim));

        const lastSecond = secondsAfter(claim.expiresAt, -1);
        expect(await store().find(claim.ownerId, claim.key, lastSecond)).toMatchObject({
          state: 'completed',
        });
        expect(await store().find(claim.ownerId, claim.key, claim.expiresAt)).toBeNull();
      });

      it('lets a new claim take an expired key, with its own todo id and fingerprint', async () => {
        const old = claimFor(uniqueOwner());
        await store().claim(old, start);
        await store().complete(old.ownerId, old.key, old.todoId, viewOf(old));
        const later = secondsAfter(old.expiresAt, 60);
        const renewed = claimFor(old.ownerId, {
          key: old.key,
          expiresAt: secondsAfter(later, lifetimeSeconds),
        });

        expect(await store().claim(renewed, later)).toEqual({ claimed: true });
        expect(await store().find(old.ownerId, old.key, later)).toEqual({
          ...renewed,
          state: 'pending',
        });
        expect(await store().complete(old.ownerId, old.key, old.todoId, viewOf(old))).toBe(false);
      });

      it('still refuses a claim of a live key one second before it expires', async () => {
        const claim = claimFor(uniqueOwner());
        await store().claim(claim, start);

        const outcome = await store().claim(
          claimFor(claim.ownerId, { key: claim.key }),
          secondsAfter(claim.expiresAt, -1),
        );

        expect(outcome).toMatchObject({ claimed: false, record: { todoId: claim.todoId } });
      });
    });
  });
}
