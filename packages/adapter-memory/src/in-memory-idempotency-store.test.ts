import { parseOwnerId, parseTodoId, type DomainError, type Result } from '@todo/domain';
import { describeIdempotencyStoreContract } from '@todo/ports/testing';
import { describe, expect, it } from 'vitest';
import { InMemoryIdempotencyStore } from './in-memory-idempotency-store.js';

describeIdempotencyStoreContract('InMemoryIdempotencyStore', {
  setup: () => new InMemoryIdempotencyStore(),
});

const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

const ownerId = valid(parseOwnerId('owner-1'));
const start = new Date('2026-06-01T12:00:00.000Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const claim = (key: string, expiresAt: Date) => ({
  ownerId,
  key,
  fingerprint: 'f',
  todoId: valid(parseTodoId(`todo-${key}`)),
  expiresAt,
});

describe('InMemoryIdempotencyStore', () => {
  it('drops expired records when later claims come in, so memory does not grow', async () => {
    const store = new InMemoryIdempotencyStore();
    for (const key of ['a', 'b', 'c']) await store.claim(claim(key, at(10)), start);
    await store.claim(claim('d', at(30)), at(5));

    expect(store.size).toBe(4);
    await store.claim(claim('e', at(40)), at(10));
    expect(store.size).toBe(2);
    expect(await store.find(ownerId, 'd', at(10))).toMatchObject({ todoId: 'todo-d' });
  });

  it('hands out records that share no object with the store', async () => {
    const store = new InMemoryIdempotencyStore();
    const expiresAt = at(10);
    await store.claim(claim('a', expiresAt), start);
    expiresAt.setTime(0);

    const first = await store.find(ownerId, 'a', start);
    const second = await store.find(ownerId, 'a', start);

    expect(first?.expiresAt).toEqual(at(10));
    expect(first).toEqual(second);
    expect(first?.expiresAt).not.toBe(second?.expiresAt);
  });
});
