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

/** What `getTodoUseCase` and `listTodosUseCase` are built from. */
export type ReadDependencies = Pick<TodoServiceDependencies, 'repository'>;

/** What `deleteTodoUseCase` is built from. */
export type DeleteDependencies = Pick<TodoServiceDependencies, 'repository' | 'events' | 'clock'>;

/** What `updateTodoUseCase` and `completeTodoUseCase` are built from. */
export type ChangeDependencies = Pick<
  TodoServiceDependencies,
  'repository' | 'events' | 'clock' | 'maxConflictRetries'
>;

/** What `createTodoUseCase` is built from. */
export type CreateDependencies = Pick<
  TodoServiceDependencies,
  'repository' | 'events' | 'clock' | 'ids' | 'idempotency' | 'idempotencyTtlSeconds'
>;

/** {@link ChangeDependencies} with the retry count resolved, as the change steps receive them. */
export type ResolvedChangeDependencies = Readonly<Required<ChangeDependencies>>;

/** {@link CreateDependencies} with the key lifetime resolved, as the create steps receive them. */
export type ResolvedCreateDependencies = Readonly<
  Required<Omit<CreateDependencies, 'idempotency'>> & Pick<CreateDependencies, 'idempotency'>
>;
