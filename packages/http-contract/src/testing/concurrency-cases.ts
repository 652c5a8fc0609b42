import { describe, expect, it } from 'vitest';
import type { TodoViewBody } from '../schemas/todo-view-schema.js';
import { expectProblem, expectTodo } from './expectations.js';
import type { ContractRequest, ContractResponse } from './http-client.js';
import type { PublishedEvent } from './http-contract-server.js';
import type { SuiteContext } from './suite-context.js';

/** One of the parallel requests, and what it asks for. */
interface Change {
  readonly kind: 'edit' | 'guarded edit' | 'completion';
  readonly request: ContractRequest;
}

/**
 * 50 changes, interleaved so no kind goes out all at once: 20 title edits without `If-Match`
 * (the server retries them on conflict), 10 with `If-Match: "1"` (at most one can win) and 20
 * completions. Every title is different from the others and from the original, so every edit
 * that succeeds is a real change, never a no-op.
 */
const changes = (token: string): Change[] =>
  Array.from({ length: 50 }, (_, index): Change => {
    const slot = index % 5;
    if (slot === 2) {
      return {
        kind: 'guarded edit',
        request: { token, json: { title: `Guarded ${index}` }, headers: { 'if-match': '"1"' } },
      };
    }
    if (slot === 0 || slot === 1) {
      return { kind: 'edit', request: { token, json: { title: `Edit ${index}` } } };
    }
    return { kind: 'completion', request: { token, json: { completed: true } } };
  });

const refusals = ['todo.conflict', 'todo.completed-not-editable'] as const;

/** The problems a losing change may get; anything else (a 500 above all) fails the test. */
const expectRefusal = (response: ContractResponse): void => {
  if (response.status === 412) {
    expectProblem(response, 'todo.version-mismatch', 412);
    return;
  }
  const body: unknown = response.body;
  const code = refusals.find(
    (candidate) =>
      typeof body === 'object' && body !== null && 'code' in body && body.code === candidate,
  );
  expect({ status: response.status, code }).toEqual({ status: 409, code: expect.any(String) });
  expectProblem(response, code ?? 'todo.conflict', 409);
};

/**
 * The concurrency proof: 50 parallel edits and completions of one todo through the API.
 * No update is lost: each request succeeds (200) or is refused with a 409 or 412, each
 * successful change has a version of its own, and the final version is one plus the number of
 * changes. The todo is completed once: by the storm if any completion got a 200 (it almost
 * always does), else by a completion sent after it, which then must change it; either way
 * exactly one completion changes it. With `publishedEvents`, the events must agree.
 *
 * Why the completion after the storm: under this contention a completion can lose all of its
 * attempts to edits and answer 409 `todo.conflict`, as it should; in one measured run of 200,
 * all 20 completions did. Asserting that the storm itself completes the todo would fail then.
 */
export const describeConcurrentChanges = (context: () => SuiteContext) => {
  describe('PATCH /todos/{id}, 50 in parallel', () => {
    it('loses no update, answers only 200, 409 or 412, and completes the todo once', async () => {
      const owner = await context().newOwner();
      const original = await context().createTodo(owner, { title: 'Original' });
      const path = `/todos/${original.id}`;
      const sent = changes(owner.token);

      const responses = await Promise.all(
        sent.map((change) => context().send('PATCH', path, change.request)),
      );

      const succeeded: Array<{ kind: Change['kind']; todo: TodoViewBody }> = [];
      responses.forEach((response, index) => {
        const kind = sent[index]?.kind ?? 'edit';
        if (response.status === 200) succeeded.push({ kind, todo: expectTodo(response, 200) });
        else expectRefusal(response);
      });
      const final = expectTodo(await context().send('GET', path, { token: owner.token }), 200);
      // A copy: the server's list keeps growing.
      const published = context().server.publishedEvents?.();
      const eventsAfterStorm = published === undefined ? undefined : [...published];

      const edits = succeeded.filter(({ kind }) => kind !== 'completion');
      const completions = succeeded.filter(({ kind }) => kind === 'completion');
      const editVersions = edits.map(({ todo }) => todo.version);
      // Two successful edits at one version would mean one of them was overwritten.
      expect(new Set(editVersions).size).toBe(editVersions.length);
      // The first completion changed the todo; later ones found it complete and changed nothing.
      const completedBy = [...new Set(completions.map(({ todo }) => todo.version))];
      expect(completedBy).toEqual(completions.length > 0 ? [final.version] : []);
      expect(final.completed).toBe(completions.length > 0);
      const changedVersions = [...editVersions, ...completedBy].sort((a, b) => a - b);
      expect(changedVersions).toEqual(
        Array.from({ length: changedVersions.length }, (_, index) => index + 2),
      );
      expect(final.version).toBe(1 + changedVersions.length);
      const lastEdit = edits.reduce<(typeof edits)[number] | undefined>(
        (latest, edit) => (latest && latest.todo.version > edit.todo.version ? latest : edit),
        undefined,
      );
      expect(final.title).toBe(lastEdit?.todo.title ?? 'Original');

      const completion = await context().send('PATCH', path, {
        token: owner.token,
        json: { completed: true },
      });
      const completed = expectTodo(completion, 200);
      expect(completed).toMatchObject({
        completed: true,
        version: final.completed ? final.version : final.version + 1,
      });

      if (eventsAfterStorm === undefined) return;
      const ofTodo = (events: readonly PublishedEvent[], type: string) =>
        events
          .filter((event) => event.todoId === original.id && event.type === type)
          .map((event) => event.version)
          .sort((a, b) => a - b);
      expect(ofTodo(eventsAfterStorm, 'TodoEdited')).toEqual(
        [...editVersions].sort((a, b) => a - b),
      );
      expect(ofTodo(eventsAfterStorm, 'TodoCompleted')).toEqual(completedBy);
      expect(ofTodo(context().server.publishedEvents?.() ?? [], 'TodoCompleted')).toEqual([
        completed.version,
      ]);
    });
  });
};
