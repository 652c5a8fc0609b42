import type {
  Clock,
  EventPublisher,
  IdempotencyStore,
  IdGenerator,
  TodoRepository,
} from '@todo/ports';

/** What the use cases are built from: the driven ports, and a few tuning knobs. */
export interface TodoServiceDependencies {
  readonly repository: TodoRepository;
  readonly events: EventPublisher;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /**
   * Where creates with an idempotency key are remembered. Without it, a create that carries a key
   * throws (a wiring mistake: answering it as if the key were not there would break the promise
   * the key asks for); creates without a key never touch it.
   */
  readonly idempotency?: IdempotencyStore;
  /** How long an idempotency key is remembered after its first use, in seconds. Default 24 hours. */
  readonly idempotencyTtlSeconds?: number;
  /**
   * How many more times an update without `expectedVersion` reloads and re-applies itself after
   * losing a race to another writer, before it answers `todo.conflict`. Default 3.
   */
  readonly maxConflictRetries?: number;
}

/** The dependencies with every default filled in, as each use case receives them. */
export type UseCaseDependencies = Readonly<
  Required<Omit<TodoServiceDependencies, 'idempotency'>> &
    Pick<TodoServiceDependencies, 'idempotency'>
>;
