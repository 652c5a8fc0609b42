export { InMemoryEventPublisher, type TodoEventSubscriber } from './in-memory-event-publisher.js';
export { InMemoryIdempotencyStore } from './in-memory-idempotency-store.js';
export { InMemoryStoreHealth } from './in-memory-store-health.js';
export { InMemoryTodoRepository } from './in-memory-todo-repository.js';
