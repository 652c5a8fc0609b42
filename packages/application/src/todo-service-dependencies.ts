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

/**
 * Only the repository methods a use case calls. A whole `TodoRepository` always fits; an adapter
 * that offers its methods one by one can give a use case just the ones it needs.
 */
type RepositoryWith<Methods extends keyof TodoRepository> = {
  readonly repository: Pick<TodoRepository, Methods>;
};

/** What `getTodoUseCase` is built from: the repository's `get`. */
export type GetDependencies = RepositoryWith<'get'>;

/** What `listTodosUseCase` is built from: the repository's `list`. */
export type ListDependencies = RepositoryWith<'list'>;

/** What the read use cases together are built from. */
export type ReadDependencies = RepositoryWith<'get' | 'list'>;

/** What `deleteTodoUseCase` is built from. */
export type DeleteDependencies = RepositoryWith<'delete'> &
  Pick<TodoServiceDependencies, 'events' | 'clock'>;

/** What `updateTodoUseCase` and `completeTodoUseCase` are built from. */
export type ChangeDependencies = RepositoryWith<'get' | 'save'> &
  Pick<TodoServiceDependencies, 'events' | 'clock' | 'maxConflictRetries'>;

/** What `createTodoUseCase` is built from (`get` answers a replayed idempotency key). */
export type CreateDependencies = RepositoryWith<'create' | 'get'> &
  Pick<
    TodoServiceDependencies,
    'events' | 'clock' | 'ids' | 'idempotency' | 'idempotencyTtlSeconds'
  >;

/** {@link ChangeDependencies} with the retry count resolved, as the change steps receive them. */
export type ResolvedChangeDependencies = Readonly<Required<ChangeDependencies>>;

/** {@link CreateDependencies} with the key lifetime resolved, as the create steps receive them. */
export type ResolvedCreateDependencies = Readonly<
  Required<Omit<CreateDependencies, 'idempotency'>> & Pick<CreateDependencies, 'idempotency'>
>;
