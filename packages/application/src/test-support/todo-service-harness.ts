import {
  completeTodo,
  createTodo,
  instantFromDate,
  parseDescription,
  parseOwnerId,
  parseTitle,
  type DomainError,
  type OwnerId,
  type Result,
  type Todo,
} from '@todo/domain';
import type { Clock, TodoUseCases } from '@todo/ports';
import { fixedClock, sequentialIds } from '@todo/ports/testing';
import { createTodoService } from '../todo-service.js';
import { FakeIdempotencyStore } from './fake-idempotency-store.js';
import { FakeTodoRepository } from './fake-todo-repository.js';
import { JournalingEventPublisher } from './journaling-event-publisher.js';

/** The service under test and the fakes behind it, sharing one journal. */
export interface Harness {
  readonly todos: TodoUseCases;
  readonly repository: FakeTodoRepository;
  readonly events: JournalingEventPublisher;
  readonly idempotency: FakeIdempotencyStore;
  /** Repository and idempotency store calls (`get`, `save`, ...) and `publish <event types>`, in the order they ran. */
  readonly journal: string[];
  /** Stores an incomplete todo for `ownerId` without a journal entry. */
  seed(ownerId: OwnerId, fields?: { title?: string; description?: string }): Todo;
  /** Stores a complete todo for `ownerId` without a journal entry. */
  seedComplete(ownerId: OwnerId): Todo;
}

/** Unwraps a result a test knows to be ok; a failure is a mistake in the test. */
export const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`invalid test fixture: ${result.error.code}`);
  return result.value;
};

/** Two owners, for tests of who may see what. */
export const alice = valid(parseOwnerId('alice'));
export const bob = valid(parseOwnerId('bob'));

/** The clock every harness starts with; each reading is one second after the previous one. */
export const clockStart = new Date('2026-03-01T09:00:00.000Z');

/** What a test may change about the service under test. */
export interface HarnessOptions {
  readonly maxConflictRetries?: number;
  readonly idempotencyTtlSeconds?: number;
  /** Replaces the harness's clock, which starts at {@link clockStart}. */
  readonly clock?: Clock;
}

export const harness = ({ clock: ownClock, ...options }: HarnessOptions = {}): Harness => {
  const journal: string[] = [];
  const repository = new FakeTodoRepository(journal);
  const events = new JournalingEventPublisher(journal);
  const idempotency = new FakeIdempotencyStore(journal);
  const clock = ownClock ?? fixedClock(clockStart);
  const seedIds = sequentialIds('seed');
  const todos = createTodoService({
    repository,
    events,
    clock,
    ids: sequentialIds('todo'),
    idempotency,
    ...options,
  });

  const seed: Harness['seed'] = (ownerId, fields = {}) => {
    const { todo } = createTodo(
      {
        id: seedIds.next(),
        ownerId,
        title: valid(parseTitle(fields.title ?? 'Seeded todo')),
        description:
          fields.description === undefined ? null : valid(parseDescription(fields.description)),
      },
      instantFromDate(clock.now()),
    );
    repository.seed(todo);
    return todo;
  };
  const seedComplete: Harness['seedComplete'] = (ownerId) => {
    const { todo } = completeTodo(seed(ownerId), instantFromDate(clock.now()));
    repository.seed(todo);
    return todo;
  };

  return { todos, repository, events, idempotency, journal, seed, seedComplete };
};
