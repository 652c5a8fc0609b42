export {
  createDynamoDbClients,
  dynamoDbClientDefaults,
  type DynamoDbClientSettings,
} from './create-dynamodb-clients.js';
export {
  DynamoDbIdempotencyStore,
  type DynamoDbIdempotencyStoreOptions,
} from './dynamodb-idempotency-store.js';
export { DynamoDbStoreHealth } from './dynamodb-store-health.js';
export {
  DynamoDbTodoRepository,
  type DynamoDbTodoRepositoryOptions,
} from './dynamodb-todo-repository.js';
export { ensureTodoTable } from './ensure-todo-table.js';
export {
  todoStatusIndexName,
  todoTableAttributes,
  todoTableDefinition,
  type TodoTableDefinition,
} from './todo-table.js';
