import {
  DynamoDbIdempotencyStore,
  DynamoDbTodoRepository,
  dynamoDbTodoCreate,
  dynamoDbTodoDelete,
  dynamoDbTodoGet,
  dynamoDbTodoList,
  dynamoDbTodoSave,
} from '@todo/adapter-dynamodb';
import {
  createTodoService,
  createTodoUseCase,
  deleteTodoUseCase,
  getTodoUseCase,
  listTodosUseCase,
  updateTodoUseCase,
  type CreateDependencies,
} from '@todo/application';
import type { TodoUseCases } from '@todo/ports';
import type { HandlerPorts, UseCaseWiring } from './composition-root.js';
import { uuidV7Ids } from './uuid-v7-ids.js';

// One wiring per function: each builds only the use case its route calls, from only the ports
// and repository operations that use case needs, as its IAM role allows only the actions that
// use case sends. Whatever a handler module does not import stays out of its bundle: get-todo
// carries only the GetItem of the repository, and the idempotency store and the id generator
// are in create-todo's alone.

// What creating needs beyond the shared ports and the repository: UUIDv7 ids, and an idempotency
// store whose keys live in the todo table, in their owner's partition.
const creationDependencies = (
  ports: HandlerPorts,
  repository: CreateDependencies['repository'],
): CreateDependencies => ({
  repository,
  events: ports.events,
  clock: ports.clock,
  ids: ports.ids ?? uuidV7Ids,
  idempotency: new DynamoDbIdempotencyStore({
    client: ports.documentClient,
    tableName: ports.tableName,
  }),
});

/** `POST /todos`: creates, with idempotency keys and UUIDv7 ids. */
export const createTodoWiring: UseCaseWiring<Pick<TodoUseCases, 'createTodo'>> = (ports) => ({
  createTodo: createTodoUseCase(
    creationDependencies(ports, {
      create: dynamoDbTodoCreate(ports.todoTable),
      get: dynamoDbTodoGet(ports.todoTable),
    }),
  ),
});

/** `GET /todos/{id}`: reads one todo. */
export const getTodoWiring: UseCaseWiring<Pick<TodoUseCases, 'getTodo'>> = ({ todoTable }) => ({
  getTodo: getTodoUseCase({ repository: { get: dynamoDbTodoGet(todoTable) } }),
});

/** `GET /todos`: lists a page. */
export const listTodosWiring: UseCaseWiring<Pick<TodoUseCases, 'listTodos'>> = ({ todoTable }) => ({
  listTodos: listTodosUseCase({ repository: { list: dynamoDbTodoList(todoTable) } }),
});

/** `PATCH /todos/{id}`: edits and completes. */
export const updateTodoWiring: UseCaseWiring<Pick<TodoUseCases, 'updateTodo'>> = ({
  todoTable,
  events,
  clock,
}) => ({
  updateTodo: updateTodoUseCase({
    repository: { get: dynamoDbTodoGet(todoTable), save: dynamoDbTodoSave(todoTable) },
    events,
    clock,
  }),
});

/** `DELETE /todos/{id}`. */
export const deleteTodoWiring: UseCaseWiring<Pick<TodoUseCases, 'deleteTodo'>> = ({
  todoTable,
  events,
  clock,
}) => ({
  deleteTodo: deleteTodoUseCase({
    repository: { delete: dynamoDbTodoDelete(todoTable) },
    events,
    clock,
  }),
});

/** Every use case at once, for the local server and tests that answer all routes. */
export const allUseCasesWiring: UseCaseWiring<TodoUseCases> = (ports) => {
  const repository = new DynamoDbTodoRepository(ports.todoTable);
  // The whole repository again, typed as such: creating needs only part of it.
  return createTodoService({ ...creationDependencies(ports, repository), repository });
};
