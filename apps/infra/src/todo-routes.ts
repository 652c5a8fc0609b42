import { todoStatusIndexName } from '@todo/adapter-dynamodb';
import { todoRoutes as contractRoutes, type TodoOperationId } from '@todo/http-contract';

/** The DynamoDB actions a handler may be granted; nothing broader is ever written. */
export type DynamoDbAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:Query';

/** The Lambda bundle that serves an operation, and what its handler may do in DynamoDB. */
export interface HandlerAccess {
  /** The bundle's folder under the Lambda app's `dist/`, and the function's name in the stack. */
  readonly handler: string;
  /** Exactly the DynamoDB actions the handler's use case sends through the adapter. */
  readonly dynamoDbActions: readonly DynamoDbAction[];
  /** Global secondary indexes the handler queries; the role reaches no other index. */
  readonly indexes: readonly string[];
}

/** One route of the HTTP API: the contract's method and path, with its handler's access. */
export interface InfraRoute extends HandlerAccess {
  readonly operationId: TodoOperationId;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** API Gateway route path, as the contract writes it; `{id}` is a path parameter. */
  readonly path: string;
}

/**
 * Handler and permissions per operation of the HTTP contract. The type asks for a row for every
 * operation, so a new operation does not compile until it has one.
 *
 * The actions follow `DynamoDbTodoRepository` and `DynamoDbIdempotencyStore`: `create` is a
 * conditional PutItem, and with an `Idempotency-Key` also a conditional PutItem that claims the
 * key (a GetItem reads the record when the key is taken) and an UpdateItem that completes it;
 * `save` is a conditional PutItem of the whole item; `delete` is a conditional DeleteItem; `list`
 * is a Query on the table, or on the status index when filtering. After a failed condition,
 * `save` and `delete` may send one GetItem to tell "not found" from "version conflict"; updates also read the todo
 * before changing it.
 */
export const handlerAccess: { readonly [Operation in TodoOperationId]: HandlerAccess } = {
  createTodo: {
    handler: 'create-todo',
    dynamoDbActions: ['dynamodb:PutItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem'],
    indexes: [],
  },
  getTodo: { handler: 'get-todo', dynamoDbActions: ['dynamodb:GetItem'], indexes: [] },
  listTodos: {
    handler: 'list-todos',
    dynamoDbActions: ['dynamodb:Query'],
    indexes: [todoStatusIndexName],
  },
  updateTodo: {
    handler: 'update-todo',
    dynamoDbActions: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    indexes: [],
  },
  deleteTodo: {
    handler: 'delete-todo',
    dynamoDbActions: ['dynamodb:DeleteItem', 'dynamodb:GetItem'],
    indexes: [],
  },
};

/**
 * The single source the stack builds functions, routes and IAM policies from: every route of
 * `@todo/http-contract`, with the handler and permissions of its operation.
 */
export const todoRoutes: readonly InfraRoute[] = contractRoutes.map((route) => ({
  operationId: route.operationId,
  method: route.method,
  path: route.path,
  ...handlerAccess[route.operationId],
}));
