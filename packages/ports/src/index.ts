export type { Clock } from './clock.js';
export type { EventPublisher } from './event-publisher.js';
export type { IdGenerator } from './id-generator.js';
export {
  CorruptIdempotencyRecordError,
  idempotencyKeyPattern,
  type ClaimOutcome,
  type CompletedIdempotencyRecord,
  type IdempotencyClaim,
  type IdempotencyRecord,
  type IdempotencyStore,
  type PendingIdempotencyRecord,
} from './idempotency-store.js';
export {
  CorruptTodoError,
  InvalidCursorError,
  StoreUnavailableError,
  TodoAlreadyExistsError,
  TodoNotFoundError,
  VersionConflictError,
  type RepositoryErrorCode,
} from './repository-errors.js';
export type { StoreHealth } from './store-health.js';
export type {
  ListTodosOptions,
  TodoPage,
  TodoRepository,
  TodoStatusFilter,
} from './todo-repository.js';
export {
  listLimits,
  type CompleteTodoCommand,
  type CreateTodoCommand,
  type DeleteTodoCommand,
  type GetTodoQuery,
  type ListTodosQuery,
  type OwnerScoped,
  type TodoUseCases,
  type UpdateTodoCommand,
} from './todo-use-cases.js';
export type { TodoPageView, TodoView } from './todo-view.js';
export { useCaseErrorCodes, type UseCaseError, type UseCaseErrorCode } from './use-case-errors.js';
