// The floor of the Lambda comparison: each route as a handler that reads the few event fields it
// needs and makes the one DynamoDB call the route comes down to, with lib-dynamodb, on the app's
// table layout, and nothing else: no checks, no log line, no error answers. It is what the AWS
// SDK alone weighs; the baseline the targets are judged against, which also does the rest of
// the work the app does, is bare-handler.ts. Each handler is bundled on its own (see
// build-bench-bundles.ts), as the app's are.
import { randomUUID } from 'node:crypto';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { at, client, keyOf, tableName, text } from './baseline-table.js';

interface BareResult {
  readonly statusCode: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

const ownerOf = (event: unknown) =>
  text(at(event, 'requestContext', 'authorizer', 'jwt', 'claims', 'sub'));
const idOf = (event: unknown) => text(at(event, 'pathParameters', 'id'));
const bodyOf = (event: unknown): Record<string, unknown> => {
  const parsed: unknown = JSON.parse(text(at(event, 'body')) ?? '{}');
  return typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
};
const json = (statusCode: number, value: unknown): BareResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});
const badRequest: BareResult = { statusCode: 400 };

/** `GET /todos/{id}`: one GetItem. */
export const getTodo = async (event: unknown): Promise<BareResult> => {
  const owner = ownerOf(event);
  const id = idOf(event);
  if (owner === undefined || id === undefined) return badRequest;
  const { Item } = await client.send(
    new GetCommand({ TableName: tableName, Key: keyOf(owner, id), ConsistentRead: true }),
  );
  return Item === undefined ? { statusCode: 404 } : json(200, Item);
};

/** `POST /todos`: one conditional PutItem. */
export const createTodo = async (event: unknown): Promise<BareResult> => {
  const owner = ownerOf(event);
  const title = text(bodyOf(event)['title']);
  if (owner === undefined || title === undefined) return badRequest;
  const now = new Date().toISOString();
  const id = randomUUID();
  const item = {
    ...keyOf(owner, id),
    statusPk: `OWNER#${owner}#open`,
    title,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: item,
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return json(201, item);
};

/** `GET /todos`: one Query. */
export const listTodos = async (event: unknown): Promise<BareResult> => {
  const owner = ownerOf(event);
  if (owner === undefined) return badRequest;
  const { Items = [] } = await client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :todo)',
      ExpressionAttributeValues: { ':pk': `OWNER#${owner}`, ':todo': 'TODO#' },
      Limit: 20,
      ConsistentRead: true,
    }),
  );
  return json(200, { items: Items });
};

/** `PATCH /todos/{id}`: one UpdateItem (the bare way; the app reads, then writes on condition). */
export const updateTodo = async (event: unknown): Promise<BareResult> => {
  const owner = ownerOf(event);
  const id = idOf(event);
  const title = text(bodyOf(event)['title']);
  if (owner === undefined || id === undefined || title === undefined) return badRequest;
  const { Attributes } = await client.send(
    new UpdateCommand({
      TableName: tableName,
      Key: keyOf(owner, id),
      UpdateExpression: 'SET title = :title, updatedAt = :now ADD version :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':title': title, ':now': new Date().toISOString(), ':one': 1 },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return json(200, Attributes);
};

/** `DELETE /todos/{id}`: one DeleteItem. */
export const deleteTodo = async (event: unknown): Promise<BareResult> => {
  const owner = ownerOf(event);
  const id = idOf(event);
  if (owner === undefined || id === undefined) return badRequest;
  await client.send(new DeleteCommand({ TableName: tableName, Key: keyOf(owner, id) }));
  return { statusCode: 204 };
};
