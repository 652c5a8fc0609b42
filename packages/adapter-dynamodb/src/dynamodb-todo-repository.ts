import type { OwnerId, Todo, TodoId } from '@todo/domain';
import type { ListTodosOptions, TodoPage, TodoRepository } from '@todo/ports';
import { dynamoDbTodoCreate } from './todo-repository/create-todo.js';
import { dynamoDbTodoDelete } from './todo-repository/delete-todo.js';
import type { DynamoDbTodoRepositoryOptions } from './todo-repository/dynamodb-todo-table.js';
import { dynamoDbTodoGet } from './todo-repository/get-todo.js';
import { dynamoDbTodoList } from './todo-repository/list-todos.js';
import { dynamoDbTodoSave } from './todo-repository/save-todo.js';

/**
 * The todo repository on one DynamoDB table (see `todoTableDefinition`): one item per todo in
 * its owner's partition, and a status index for lists by status.
 *
 * Each method is one request on its success path: `create` a conditional PutItem, `get` a
 * GetItem, `list` a Query, `save` a PutItem conditional on the version, `delete` a conditional
 * DeleteItem. When `save` or a versioned `delete` fails its condition, DynamoDB returns the stored
 * item with the failure; where it doesn't (the item is gone, or the server is dynalite) one
 * GetItem tells not-found from version conflict.
 *
 * Each method is also exported on its own (`dynamoDbTodoGet`, `dynamoDbTodoList`,
 * `dynamoDbTodoCreate`, `dynamoDbTodoSave`, `dynamoDbTodoDelete`), for code that needs only some:
 * a Lambda function bundles only the operations it calls.
 *
 * @example
 * const { documentClient } = createDynamoDbClients({ region: 'eu-west-1' });
 * const repository = new DynamoDbTodoRepository({ client: documentClient, tableName: 'todos' });
 */
export class DynamoDbTodoRepository implements TodoRepository {
  readonly #get: TodoRepository['get'];
  readonly #list: TodoRepository['list'];
  readonly #create: TodoRepository['create'];
  readonly #save: TodoRepository['save'];
  readonly #delete: TodoRepository['delete'];

  constructor(options: DynamoDbTodoRepositoryOptions) {
    this.#get = dynamoDbTodoGet(options);
    this.#list = dynamoDbTodoList(options);
    this.#create = dynamoDbTodoCreate(options);
    this.#save = dynamoDbTodoSave(options);
    this.#delete = dynamoDbTodoDelete(options);
  }

  get(ownerId: OwnerId, id: TodoId): Promise<Todo | null> {
    return this.#get(ownerId, id);
  }

  list(ownerId: OwnerId, options: ListTodosOptions): Promise<TodoPage> {
    return this.#list(ownerId, options);
  }

  create(todo: Todo): Promise<void> {
    return this.#create(todo);
  }

  save(todo: Todo, expectedVersion: number): Promise<void> {
    return this.#save(todo, expectedVersion);
  }

  /**
   * Deletes and returns the todo. If the deleted item turns out to be corrupt, it is gone all
   * the same and `CorruptTodoError` says which it was.
   */
  delete(
    ownerId: OwnerId,
    id: TodoId,
    options: { readonly expectedVersion?: number } = {},
  ): Promise<Todo> {
    return this.#delete(ownerId, id, options);
  }
}
