// The baseline the Lambda bundles are measured against: each route written the short way, with
// no hexagon, doing the work the app's handler does for the same request. It reads the HTTP API
// (2.0) event, takes the owner from the JWT authorizer's claims, checks the body and query with
// the domain's rules inline (bare-todo-rules.ts, shared with the bare Fastify server), makes the
// DynamoDB call the route comes down to with lib-dynamodb on the app's table layout and
// conditions, answers JSON with an `x-request-id`, an ETag and a problem code on failure, and
// writes one request log line with the Powertools logger, with the app's field names. Like the
// bare Fastify server it skips what is not asked of it: the REST API (1.0) payload, idempotency
// keys, domain events, problem+json details and the store's failure codes (anything unexpected
// is a 500). call-only-handler.ts is the floor: the DynamoDB call alone. Each handler is bundled
// on its own (see build-bench-bundles.ts), as the app's are.
import { Logger } from '@aws-lambda-powertools/logger';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { v7 as uuidV7 } from 'uuid';
import {
  datePattern,
  parseIfMatch,
  todoIdPattern,
  validDescription,
  validTitle,
} from '../bare-todo-rules.js';
import { at, client, keyOf, tableName, text } from './baseline-table.js';

/** What a bare handler returns to API Gateway (payload format 2.0). */
export interface BareResult {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly isBase64Encoded: false;
}

interface Answer {
  readonly statusCode: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly code?: string;
}

interface BareRequest {
  readonly event: unknown;
  readonly owner: string;
}

type Item = Record<string, unknown>;

const logger = new Logger({ serviceName: 'todo-api' });

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;
const bodyLimitBytes = 16 * 1024;

const isRecord = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const problem = (statusCode: number, code: string): Answer => ({
  statusCode,
  headers: { 'content-type': 'application/problem+json' },
  body: { code, status: statusCode },
  code,
});

const statusKeyOf = (owner: string, completed: boolean) =>
  `OWNER#${owner}#${completed ? 'completed' : 'open'}`;

const viewOf = (item: Item) => ({
  id: String(item['sk']).slice('TODO#'.length),
  title: item['title'],
  description: item['description'] ?? null,
  dueDate: item['dueDate'] ?? null,
  completed: item['completedAt'] !== undefined,
  completedAt: item['completedAt'] ?? null,
  createdAt: item['createdAt'],
  updatedAt: item['updatedAt'],
  version: item['version'],
});

const todoAnswer = (statusCode: number, item: Item, headers: Record<string, string> = {}) => ({
  statusCode,
  headers: {
    'content-type': 'application/json',
    etag: `"${String(item['version'])}"`,
    ...headers,
  },
  body: viewOf(item),
});

type Body =
  { readonly ok: true; readonly body: Item } | { readonly ok: false; readonly refusal: Answer };

/** The JSON object in the body, or the problem that refuses it. */
const bodyOf = (event: unknown): Body => {
  const refuse = (statusCode: number, code: string): Body => ({
    ok: false,
    refusal: problem(statusCode, code),
  });
  const contentType = text(at(event, 'headers', 'content-type')) ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return refuse(415, 'request.unsupported-media-type');
  }
  const raw = text(at(event, 'body')) ?? '';
  const json = at(event, 'isBase64Encoded') === true ? Buffer.from(raw, 'base64').toString() : raw;
  if (Buffer.byteLength(json) > bodyLimitBytes) return refuse(413, 'request.body-too-large');
  try {
    const parsed: unknown = JSON.parse(json);
    return isRecord(parsed) ? { ok: true, body: parsed } : refuse(400, 'request.invalid');
  } catch {
    return refuse(400, 'request.malformed-json');
  }
};

const onlyKeys = (body: Item, allowed: readonly string[]) =>
  Object.keys(body).every((key) => allowed.includes(key));

/** A text field that may be absent or null: its checked value, or undefined when it is bad. */
const clearable = (
  value: unknown,
  check: (text: string) => string | undefined,
): string | null | undefined =>
  value === null ? null : typeof value === 'string' ? check(value) : undefined;

/**
 * Why a conditional write was refused, from the item DynamoDB returns with the failure: gone,
 * at another version than `If-Match` named, or else `otherwise`. Undefined for other errors.
 */
const whyRefused = (
  error: unknown,
  expected: number | undefined,
  otherwise: Answer,
): Answer | undefined => {
  if (!(error instanceof ConditionalCheckFailedException)) return undefined;
  const stored = error.Item;
  if (stored === undefined) return problem(404, 'todo.not-found');
  const version = stored['version'];
  const storedVersion = version !== undefined && 'N' in version ? version.N : undefined;
  if (expected !== undefined && storedVersion !== String(expected)) {
    return problem(412, 'todo.version-mismatch');
  }
  return otherwise;
};

/**
 * One route: the request id, the owner, the catch-all answer and the request log line. Each
 * call below is marked pure, so a bundle of one route leaves the others out, as the app's do.
 */
const route =
  (method: string, path: string, work: (request: BareRequest) => Promise<Answer>) =>
  async (event: unknown, context: Context): Promise<BareResult> => {
    const started = performance.now();
    logger.addContext(context);
    const header = text(at(event, 'headers', 'x-request-id'));
    const requestId =
      header !== undefined && requestIdPattern.test(header)
        ? header
        : (text(at(event, 'requestContext', 'requestId')) ?? context.awsRequestId);
    const owner = text(at(event, 'requestContext', 'authorizer', 'jwt', 'claims', 'sub'));

    let answer: Answer;
    try {
      answer =
        owner === undefined || owner === ''
          ? problem(401, 'auth.missing-credentials')
          : await work({ event, owner });
    } catch (error) {
      logger.error('request failed', error instanceof Error ? error : String(error));
      answer = problem(500, 'internal');
    }

    logger[answer.statusCode >= 500 ? 'error' : 'info']('request completed', {
      requestId,
      method,
      route: path,
      statusCode: answer.statusCode,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      ...(answer.code === undefined ? {} : { errorCode: answer.code }),
    });
    return {
      statusCode: answer.statusCode,
      headers: { ...answer.headers, 'x-request-id': requestId },
      ...(answer.body === undefined ? {} : { body: JSON.stringify(answer.body) }),
      isBase64Encoded: false,
    };
  };

const idOf = (event: unknown): string | undefined => {
  const id = text(at(event, 'pathParameters', 'id'));
  return id !== undefined && todoIdPattern.test(id) ? id : undefined;
};

/** The todo a write names and the version `If-Match` expects, or the answer that refuses them. */
const writeTargetOf = (
  event: unknown,
): { readonly id: string; readonly expected: number | undefined } | Answer => {
  const expected = parseIfMatch(text(at(event, 'headers', 'if-match')));
  if (expected === null) return problem(400, 'request.if-match-invalid');
  const id = idOf(event);
  return id === undefined ? problem(404, 'todo.not-found') : { id, expected };
};

/** `GET /todos/{id}`: one GetItem. */
export const getTodo = /* @__PURE__ */ route('GET', '/todos/{id}', async ({ event, owner }) => {
  const id = idOf(event);
  if (id === undefined) return problem(404, 'todo.not-found');

  const { Item } = await client.send(
    new GetCommand({ TableName: tableName, Key: keyOf(owner, id), ConsistentRead: true }),
  );
  return Item === undefined ? problem(404, 'todo.not-found') : todoAnswer(200, Item);
});

/** `POST /todos`: one PutItem, conditional on the id being free. */
export const createTodo = /* @__PURE__ */ route('POST', '/todos', async ({ event, owner }) => {
  const read = bodyOf(event);
  if (!read.ok) return read.refusal;
  const { body } = read;
  if (!onlyKeys(body, ['title', 'description', 'dueDate'])) return problem(400, 'request.invalid');
  const title = typeof body['title'] === 'string' ? validTitle(body['title']) : undefined;
  const description = clearable(body['description'] ?? null, validDescription);
  const dueDate = body['dueDate'] ?? null;
  if (title === undefined || description === undefined) return problem(422, 'todo.invalid');
  if (dueDate !== null && (typeof dueDate !== 'string' || !datePattern.test(dueDate))) {
    return problem(422, 'todo.due-date-invalid');
  }

  const now = new Date().toISOString();
  const id = uuidV7();
  const item: Item = {
    ...keyOf(owner, id),
    statusPk: statusKeyOf(owner, false),
    title,
    ...(description === null ? {} : { description }),
    ...(dueDate === null ? {} : { dueDate }),
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
  return todoAnswer(201, item, { location: `/todos/${id}` });
});

/** `GET /todos`: one Query for a page, on the table or on the status index. */
export const listTodos = /* @__PURE__ */ route('GET', '/todos', async ({ event, owner }) => {
  const query = at(event, 'queryStringParameters') ?? {};
  if (!isRecord(query) || !onlyKeys(query, ['limit', 'cursor', 'status'])) {
    return problem(400, 'request.invalid');
  }
  const limit = query['limit'] === undefined ? 20 : Number(query['limit']);
  const status = query['status'];
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return problem(400, 'request.invalid');
  if (status !== undefined && status !== 'open' && status !== 'completed') {
    return problem(400, 'request.invalid');
  }
  const cursor = text(query['cursor']);
  const after = cursor === undefined ? undefined : Buffer.from(cursor, 'base64url').toString();
  if (after !== undefined && !todoIdPattern.test(after)) return problem(400, 'list.cursor-invalid');

  const partition =
    status === undefined ? `OWNER#${owner}` : statusKeyOf(owner, status === 'completed');
  const partitionKey = status === undefined ? 'pk' : 'statusPk';
  const start = after === undefined ? undefined : keyOf(owner, after);
  const { Items = [] } = await client.send(
    new QueryCommand({
      TableName: tableName,
      ...(status === undefined ? { ConsistentRead: true } : { IndexName: 'status-index' }),
      KeyConditionExpression: `${partitionKey} = :partition AND begins_with(sk, :todo)`,
      ExpressionAttributeValues: { ':partition': partition, ':todo': 'TODO#' },
      Limit: limit + 1,
      ...(start === undefined
        ? {}
        : { ExclusiveStartKey: status === undefined ? start : { ...start, statusPk: partition } }),
    }),
  );

  const items = Items.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    Items.length > limit && last !== undefined
      ? Buffer.from(String(last['sk']).slice('TODO#'.length)).toString('base64url')
      : null;
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: { items: items.map(viewOf), nextCursor },
  };
});

/**
 * `PATCH /todos/{id}`: one UpdateItem (the bare way; the app reads, then writes on condition),
 * refused on a complete todo and, with `If-Match`, on another version.
 */
export const updateTodo = /* @__PURE__ */ route(
  'PATCH',
  '/todos/{id}',
  async ({ event, owner }) => {
    const target = writeTargetOf(event);
    if ('statusCode' in target) return target;
    const { id, expected } = target;
    const read = bodyOf(event);
    if (!read.ok) return read.refusal;
    const { body } = read;
    const fields = ['title', 'description', 'dueDate', 'completed'];
    if (Object.keys(body).length === 0 || !onlyKeys(body, fields)) {
      return problem(400, 'request.invalid');
    }
    const title = typeof body['title'] === 'string' ? validTitle(body['title']) : body['title'];
    const description = clearable(body['description'], validDescription);
    const { dueDate, completed } = body;
    if (title === undefined && 'title' in body) return problem(422, 'todo.invalid');
    if (description === undefined && 'description' in body) return problem(422, 'todo.invalid');
    if (dueDate !== undefined && dueDate !== null) {
      if (typeof dueDate !== 'string' || !datePattern.test(dueDate)) {
        return problem(422, 'todo.due-date-invalid');
      }
    }
    if (completed !== undefined && typeof completed !== 'boolean') {
      return problem(400, 'request.invalid');
    }

    const now = new Date().toISOString();
    const set = ['updatedAt = :now'];
    const remove: string[] = [];
    const values: Item = { ':now': now, ':one': 1 };
    const change = (attribute: string, value: unknown) => {
      if (value === undefined) return;
      if (value === null) remove.push(attribute);
      else {
        set.push(`${attribute} = :${attribute}`);
        values[`:${attribute}`] = value;
      }
    };
    change('title', title);
    change('description', description);
    change('dueDate', dueDate);
    if (completed === true) {
      change('completedAt', now);
      change('statusPk', statusKeyOf(owner, true));
    }
    if (expected !== undefined) values[':expected'] = expected;
    try {
      const { Attributes } = await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keyOf(owner, id),
          UpdateExpression:
            `SET ${set.join(', ')}` +
            (remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : '') +
            ' ADD version :one',
          ConditionExpression:
            'attribute_exists(pk) AND attribute_not_exists(completedAt)' +
            (expected === undefined ? '' : ' AND version = :expected'),
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return Attributes === undefined
        ? problem(404, 'todo.not-found')
        : todoAnswer(200, Attributes);
    } catch (error) {
      const refused = whyRefused(error, expected, problem(409, 'todo.completed-not-editable'));
      if (refused === undefined) throw error;
      return refused;
    }
  },
);

/** `DELETE /todos/{id}`: one DeleteItem, conditional on the todo (and version) being there. */
export const deleteTodo = /* @__PURE__ */ route(
  'DELETE',
  '/todos/{id}',
  async ({ event, owner }) => {
    const target = writeTargetOf(event);
    if ('statusCode' in target) return target;
    const { id, expected } = target;

    try {
      await client.send(
        new DeleteCommand({
          TableName: tableName,
          Key: keyOf(owner, id),
          ConditionExpression:
            expected === undefined ? 'attribute_exists(pk)' : 'version = :expected',
          ...(expected === undefined
            ? {}
            : { ExpressionAttributeValues: { ':expected': expected } }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { statusCode: 204 };
    } catch (error) {
      // Gone, or at another version: a match here means it changed again in between.
      const refused = whyRefused(error, expected, problem(412, 'todo.version-mismatch'));
      if (refused === undefined) throw error;
      return refused;
    }
  },
);
