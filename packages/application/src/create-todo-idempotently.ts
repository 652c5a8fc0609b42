import {
  createTodo,
  err,
  instantFromDate,
  ok,
  type OwnerId,
  type Result,
  type Todo,
  type TodoEvent,
  type TodoId,
} from '@todo/domain';
import {
  TodoAlreadyExistsError,
  type IdempotencyClaim,
  type IdempotencyStore,
  type TodoView,
  type UseCaseError,
} from '@todo/ports';
import { requestFingerprint, type CreateRequest } from './request-fingerprint.js';
import { toTodoView } from './to-todo-view.js';
import { fromRepository, toUseCaseError } from './to-use-case-error.js';
import type { ResolvedCreateDependencies } from './todo-service-dependencies.js';

/** Whose key it is: keys are scoped to their owner. */
export interface IdempotencyScope {
  readonly ownerId: OwnerId;
  readonly key: string;
}

/** The todo a claim stands for. */
interface ClaimedTodo extends IdempotencyScope {
  readonly todoId: TodoId;
}

/**
 * Creates a todo at most once per owner and idempotency key, and gives every request with the key
 * the same answer. It needs no transaction, so it runs the same on DynamoDB and on dynalite:
 *
 * 1. **Claim** the key with a conditional write: a pending record holding the request's
 *    fingerprint and the id the todo will get, chosen now.
 * 2. **Create** the todo with that id, conditional on the id being free.
 * 3. **Complete** the record with the answer, conditional on it still being pending; then
 *    publish `TodoCreated`.
 *
 * Three requests on the first use of a key. A later request with the key finds the record
 * instead of claiming it: with another fingerprint it is `idempotency.key-reused`; completed, its
 * stored answer is returned (a replay); pending, its request is still running, has failed or has
 * died, and this one finishes the work itself (steps 2 and 3 with the record's todo id). Since
 * the todo id is fixed by the claim and the create is conditional, there is one todo; a request
 * whose create finds it there reads it. Since the completion is conditional, exactly one answer
 * is stored, and a request that loses the completion returns the stored answer, not its own. So
 * parallel duplicates never wait, and never see an "in progress" refusal.
 *
 * `TodoCreated` is published by the request that completes the record, which is exactly one,
 * whichever request created the todo: the repository may count an identical item already in
 * place as its own retried write, so two parallel duplicates can both "create" it. A request
 * whose completion fails (the store went away) publishes nothing; its retry completes and
 * publishes.
 */
export const createTodoIdempotently = async (
  deps: ResolvedCreateDependencies,
  scope: IdempotencyScope,
  request: CreateRequest,
): Promise<Result<TodoView, UseCaseError>> => {
  const store = deps.idempotency;
  if (store === undefined) {
    throw new Error(
      'createTodo got an idempotency key, but the service was built without an idempotency store.',
    );
  }
  const now = deps.clock.now();
  const claim: IdempotencyClaim = {
    ...scope,
    fingerprint: requestFingerprint(request),
    todoId: deps.ids.next(),
    expiresAt: new Date(now.getTime() + deps.idempotencyTtlSeconds * 1000),
  };

  const claimed = await fromRepository(() => store.claim(claim, now));
  if (!claimed.ok) return claimed;
  if (claimed.value.claimed) return settle(deps, store, claim, request, now);

  const { record } = claimed.value;
  if (record.fingerprint !== claim.fingerprint) return err({ code: 'idempotency.key-reused' });
  if (record.state === 'completed') return ok(record.response);
  return settle(deps, store, { ...scope, todoId: record.todoId }, request, now);
};

/** Steps 2 and 3 for the claimed todo id, whoever claimed it. */
const settle = async (
  deps: ResolvedCreateDependencies,
  store: IdempotencyStore,
  target: ClaimedTodo,
  request: CreateRequest,
  now: Date,
): Promise<Result<TodoView, UseCaseError>> => {
  const created = await createOrRead(deps, target, request, now);
  if (!created.ok) return created;
  const view = toTodoView(created.value);

  const completed = await fromRepository(() =>
    store.complete(target.ownerId, target.key, target.todoId, view),
  );
  if (!completed.ok) return completed;
  if (completed.value) {
    await deps.events.publish(creationEvents(created.value));
    return ok(view);
  }

  // Another request with this key completed the record first: answer exactly as it did.
  const stored = await fromRepository(() => store.find(target.ownerId, target.key, now));
  if (!stored.ok) return stored;
  const record = stored.value;
  return ok(
    record?.state === 'completed' && record.todoId === target.todoId ? record.response : view,
  );
};

/**
 * Creates the todo under the claimed id; when another request with the key created it first,
 * reads it instead. A todo still at version 1 is exactly the todo as created, so every request
 * that reads it builds the same answer as the one that created it.
 */
const createOrRead = async (
  { repository }: ResolvedCreateDependencies,
  { ownerId, todoId }: ClaimedTodo,
  request: CreateRequest,
  now: Date,
): Promise<Result<Todo, UseCaseError>> => {
  const { todo } = createTodo({ id: todoId, ownerId, ...request }, instantFromDate(now));
  try {
    await repository.create(todo);
    return ok(todo);
  } catch (error) {
    if (!(error instanceof TodoAlreadyExistsError)) return err(toUseCaseError(error));
  }

  const existing = await fromRepository(() => repository.get(ownerId, todoId));
  if (!existing.ok) return existing;
  // Known shortcoming: created, then deleted before any request with the key completed the
  // record. Nothing can rebuild the first answer; a retry creates the todo again.
  return existing.value === null ? err({ code: 'todo.conflict' }) : ok(existing.value);
};

/**
 * The `TodoCreated` event of a stored todo, as the domain made it when the todo was created: it
 * names only the todo, its owner, version 1 and the creation time, all of which the todo keeps.
 */
const creationEvents = (todo: Todo): readonly TodoEvent[] =>
  createTodo(
    {
      id: todo.id,
      ownerId: todo.ownerId,
      title: todo.title,
      description: todo.description,
      dueDate: todo.dueDate,
    },
    todo.createdAt,
  ).events;
