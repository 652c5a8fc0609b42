// The baseline the app is measured against: the same HTTP API written the short way, in one file,
// with no hexagon. Same routes, the contract's own TypeBox schemas (as Fastify route schemas,
// compiled by Fastify's Ajv, responses by fast-json-stringify), the contract's own token verifier,
// and a Map for storage. It checks what the domain checks, inline. Like the app it gives every
// response an `x-request-id` and, at `TODO_LOG_LEVEL=info` (the default), writes one JSON line per
// request with pino to a buffered standard output, as any production server does; at `warn` it
// writes none, which is how the benchmark measures both servers without their request log. It
// skips what is not asked of it: domain events, idempotency keys, problem+json details.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import {
  createTodoBodySchema,
  createTokenVerifier,
  listTodosQuerySchema,
  todoPageSchema,
  todoViewSchema,
  updateTodoBodySchema,
  type CreateTodoBody,
  type ListTodosQueryParameters,
  type UpdateTodoBody,
} from '@todo/http-contract';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { pino } from 'pino';
import {
  datePattern,
  parseIfMatch,
  todoIdPattern,
  validDescription,
  validTitle,
} from '../bare-todo-rules.js';

interface StoredTodo {
  id: string;
  title: string;
  description: string | null;
  dueDate: string | null;
  completed: boolean;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const secret = process.env['TODO_JWT_SECRET'] ?? '';
if (Buffer.byteLength(secret) < 32) throw new Error('bench.secret-missing: set TODO_JWT_SECRET');
const verifier = createTokenVerifier({ mode: 'secret', secret });

// Owner -> todos in creation order (a Map keeps insertion order, so no sort is needed).
const owners = new Map<string, Map<string, StoredTodo>>();
const cursorKey = randomBytes(32);

const sign = (owner: string, payload: string): string =>
  createHmac('sha256', cursorKey)
    .update(JSON.stringify([owner, payload]))
    .digest('base64url');
const issueCursor = (owner: string, lastId: string): string => {
  const payload = Buffer.from(JSON.stringify({ after: lastId })).toString('base64url');
  return `${payload}.${sign(owner, payload)}`;
};
const readCursor = (owner: string, cursor: string): string | undefined => {
  const [payload = '', signature = ''] = cursor.split('.');
  if (sign(owner, payload) !== signature) return undefined;
  const decoded: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const after = typeof decoded === 'object' && decoded !== null && 'after' in decoded;
  return after && typeof decoded.after === 'string' ? decoded.after : undefined;
};

const fail = (reply: FastifyReply, status: number, code: string) =>
  reply.status(status).header('content-type', 'application/problem+json').send({ code });

declare module 'fastify' {
  interface FastifyRequest {
    owner: string;
  }
}

const requestLog = pino(
  { level: process.env['TODO_LOG_LEVEL'] ?? 'info', timestamp: pino.stdTimeFunctions.isoTime },
  pino.destination({ dest: 1, minLength: 4096, sync: false }),
);

const app = Fastify({
  logger: false,
  genReqId: () => randomUUID(),
  bodyLimit: 16 * 1024,
  // Fastify's default strips unknown fields; the contract refuses them, and so does this.
  ajv: { customOptions: { removeAdditional: false } },
});
app.decorateRequest('owner', '');

app.addHook('onRequest', (request, reply, done) => {
  reply.header('x-request-id', request.id);
  done();
});
app.addHook('onResponse', (request, reply, done) => {
  if (requestLog.isLevelEnabled('info')) {
    requestLog.info(
      {
        requestId: request.id,
        method: request.method,
        route: request.routeOptions.url ?? null,
        statusCode: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
      },
      'request completed',
    );
  }
  done();
});

const authenticate = async (request: FastifyRequest, reply: FastifyReply) => {
  const authentication = await verifier.authenticate(request.headers.authorization);
  if (!authentication.ok) return fail(reply, 401, 'auth.invalid-credentials');
  request.owner = authentication.ownerId;
};

const todoOf = (request: FastifyRequest<{ Params: { id: string } }>) =>
  todoIdPattern.test(request.params.id)
    ? owners.get(request.owner)?.get(request.params.id)
    : undefined;

app.get('/health', async () => ({ status: 'ok' }));

app.post<{ Body: CreateTodoBody }>(
  '/todos',
  {
    onRequest: authenticate,
    schema: { body: createTodoBodySchema, response: { 201: todoViewSchema } },
  },
  async (request, reply) => {
    const { body } = request;
    const title = validTitle(body.title);
    const description =
      typeof body.description === 'string' ? validDescription(body.description) : null;
    const dueDate = body.dueDate ?? null;
    if (title === undefined || description === undefined) return fail(reply, 400, 'todo.invalid');
    if (dueDate !== null && !datePattern.test(dueDate))
      return fail(reply, 400, 'todo.due-date-invalid');

    const now = new Date().toISOString();
    const todo: StoredTodo = {
      id: randomUUID(),
      title,
      description,
      dueDate,
      completed: false,
      completedAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    let todos = owners.get(request.owner);
    if (todos === undefined) owners.set(request.owner, (todos = new Map()));
    todos.set(todo.id, todo);
    return reply
      .status(201)
      .header('location', `/todos/${todo.id}`)
      .header('etag', `"${todo.version}"`)
      .send(todo);
  },
);

app.get<{ Querystring: ListTodosQueryParameters }>(
  '/todos',
  {
    onRequest: authenticate,
    schema: { querystring: listTodosQuerySchema, response: { 200: todoPageSchema } },
  },
  async (request, reply) => {
    const { limit = 20, cursor, status } = request.query;
    const after = cursor === undefined ? undefined : readCursor(request.owner, cursor);
    if (cursor !== undefined && after === undefined) return fail(reply, 400, 'list.cursor-invalid');

    const items: StoredTodo[] = [];
    let skipping = after !== undefined;
    let more = false;
    for (const todo of owners.get(request.owner)?.values() ?? []) {
      if (skipping) {
        skipping = todo.id !== after;
        continue;
      }
      if (status !== undefined && todo.completed !== (status === 'completed')) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(todo);
    }
    const last = items.at(-1);
    return { items, nextCursor: more && last ? issueCursor(request.owner, last.id) : null };
  },
);

app.get<{ Params: { id: string } }>(
  '/todos/:id',
  { onRequest: authenticate, schema: { response: { 200: todoViewSchema } } },
  async (request, reply) => {
    const todo = todoOf(request);
    if (todo === undefined) return fail(reply, 404, 'todo.not-found');
    return reply.header('etag', `"${todo.version}"`).send(todo);
  },
);

app.patch<{ Params: { id: string }; Body: UpdateTodoBody }>(
  '/todos/:id',
  {
    onRequest: authenticate,
    schema: { body: updateTodoBodySchema, response: { 200: todoViewSchema } },
  },
  async (request, reply) => {
    const expected = parseIfMatch(request.headers['if-match']);
    if (expected === null) return fail(reply, 400, 'request.if-match-invalid');
    const todo = todoOf(request);
    if (todo === undefined) return fail(reply, 404, 'todo.not-found');
    if (expected !== undefined && expected !== todo.version)
      return fail(reply, 412, 'todo.version-mismatch');

    const { body } = request;
    const title = body.title === undefined ? todo.title : validTitle(body.title);
    const description =
      body.description === undefined || body.description === null
        ? (body.description ?? todo.description)
        : validDescription(body.description);
    const dueDate = body.dueDate === undefined ? todo.dueDate : body.dueDate;
    if (title === undefined || description === undefined) return fail(reply, 400, 'todo.invalid');
    if (dueDate !== null && !datePattern.test(dueDate))
      return fail(reply, 400, 'todo.due-date-invalid');
    if (todo.completed && (body.title ?? body.description ?? body.dueDate) !== undefined) {
      return fail(reply, 409, 'todo.completed-not-editable');
    }
    if (todo.completed && body.completed === false)
      return fail(reply, 409, 'todo.cannot-uncomplete');

    const completing = body.completed === true && !todo.completed;
    const changed =
      completing ||
      title !== todo.title ||
      description !== todo.description ||
      dueDate !== todo.dueDate;
    if (changed) {
      const now = new Date().toISOString();
      Object.assign(todo, {
        title,
        description,
        dueDate,
        completed: todo.completed || completing,
        completedAt: completing ? now : todo.completedAt,
        updatedAt: now,
        version: todo.version + 1,
      });
    }
    return reply.header('etag', `"${todo.version}"`).send(todo);
  },
);

app.delete<{ Params: { id: string } }>(
  '/todos/:id',
  { onRequest: authenticate },
  async (request, reply) => {
    const todo = todoOf(request);
    if (todo === undefined) return fail(reply, 404, 'todo.not-found');
    owners.get(request.owner)?.delete(todo.id);
    return reply.status(204).send();
  },
);

const closeOnSignal = () =>
  void app.close().then(() => {
    requestLog.flush();
    process.exit(0);
  });
process.once('SIGTERM', closeOnSignal);
process.once('SIGINT', closeOnSignal);

await app.listen({
  host: process.env['HOST'] ?? '127.0.0.1',
  port: Number(process.env['PORT'] ?? 0),
});
