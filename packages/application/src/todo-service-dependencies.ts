import type { Clock, EventPublisher, IdGenerator, TodoRepository } from '@todo/ports';

/** What the use cases are built from: the driven ports, and one tuning knob. */
export interface TodoServiceDependencies {
  readonly repository: TodoRepository;
  readonly events: EventPublisher;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /**
   * How many more times an update without `expectedVersion` reloads and re-applies itself after
   * losing a race to another writer, before it answers `todo.conflict`. Default 3.
   */
  readonly maxConflictRetries?: number;
}

/** The dependencies with every default filled in, as each use case receives them. */
export type UseCaseDependencies = Readonly<Required<TodoServiceDependencies>>;
