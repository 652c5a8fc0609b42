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
export { DynamoDbTodoRepository } from './dynamodb-todo-repository.js';
export { dynamoDbTodoCreate } from './todo-repository/create-todo.js';
export { dynamoDbTodoDelete } from './todo-repository/delete-todo.js';
export { type DynamoDbTodoRepositoryOptions } from './todo-repository/dynamodb-todo-table.js';
export { dynamoDbTodoGet } from './todo-repository/get-todo.js';
export { dynamoDbTodoList } from './todo-repository/list-todos.js';
export { dynamoDbTodoSave } from './todo-repository/save-todo.js';
export { ensureTodoTable } from './ensure-todo-table.js';
export {
  todoStatusIndexName,
  todoTableAttributes,
  todoTableDefinition,
  type TodoTableDefinition,
} from './todo-table.js';
