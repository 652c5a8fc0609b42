/**
 * Test support for anyone building on the ports: the contract suites every repository, every
 * idempotency store and every id generator must pass, and small deterministic stand-ins for the clock, the id generator
 * and the event publisher. Import it from tests only; it needs vitest.
 *
 * @packageDocumentation
 */
export { fixedClock } from './fixed-clock.js';
export { describeIdGeneratorContract } from './id-generator-contract.js';
export {
  describeIdempotencyStoreContract,
  type IdempotencyStoreContractOptions,
} from './idempotency-store-contract.js';
export { RecordingEventPublisher } from './recording-event-publisher.js';
export { sequentialIds } from './sequential-ids.js';
export {
  describeTodoRepositoryContract,
  type TodoRepositoryContractOptions,
} from './todo-repository-contract.js';
