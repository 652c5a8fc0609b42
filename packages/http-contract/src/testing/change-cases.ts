import { describe, expect, it } from 'vitest';
import { expectInvalidRequest, expectProblem, expectTodo } from './expectations.js';
import type { SuiteContext } from './suite-context.js';

/** `PATCH` and `DELETE /todos/{id}`: edits, completion, the domain's 409s and If-Match. */
export const describeChange = (context: () => SuiteContext) => {
  const patch = (token: string, id: string, json: unknown, headers: Record<string, string> = {}) =>
    context().send('PATCH', `/todos/${id}`, { token, json, headers });

  describe('PATCH /todos/{id}', () => {
    it('edits the title and moves to version 2 with a new ETag', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'Old' });

      const response = await patch(owner.token, todo.id, { title: 'New' });

      const edited = expectTodo(response, 200);
      expect(edited).toMatchObject({
        id: todo.id,
        title: 'New',
        version: 2,
        createdAt: todo.createdAt,
      });
      expect(response.headers.get('etag')).toBe('"2"');
      expect(edited.updatedAt >= todo.updatedAt).toBe(true);
    });

    it('clears description and due date with null', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, {
        title: 'T',
        description: 'D',
        dueDate: '2026-12-24',
      });

      const response = await patch(owner.token, todo.id, { description: null, dueDate: null });

      expect(expectTodo(response, 200)).toMatchObject({
        description: null,
        dueDate: null,
        version: 2,
      });
    });

    it('completes with completed: true, edits and completion counting as one change', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'Do it' });

      const response = await patch(owner.token, todo.id, { title: 'Done it', completed: true });

      const done = expectTodo(response, 200);
      expect(done).toMatchObject({ title: 'Done it', completed: true, version: 2 });
      expect(done.completedAt).toBe(done.updatedAt);
    });

    it('changes nothing when a completed todo is completed again', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'Once' });
      const done = expectTodo(await patch(owner.token, todo.id, { completed: true }), 200);

      const again = expectTodo(await patch(owner.token, todo.id, { completed: true }), 200);

      expect(again).toEqual(done);
    });

    it('refuses to edit a completed todo with 409 todo.completed-not-editable', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'Finished' });
      expectTodo(await patch(owner.token, todo.id, { completed: true }), 200);

      const response = await patch(owner.token, todo.id, { title: 'Changed' });

      expectProblem(response, 'todo.completed-not-editable', 409);
    });

    it('refuses completed: false on a completed todo with 409 todo.cannot-uncomplete', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'Finished' });
      expectTodo(await patch(owner.token, todo.id, { completed: true }), 200);

      const response = await patch(owner.token, todo.id, { completed: false });

      expectProblem(response, 'todo.cannot-uncomplete', 409);
    });

    it('applies the change when If-Match names the current version', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'v1' });

      const response = await patch(owner.token, todo.id, { title: 'v2' }, { 'if-match': '"1"' });

      expect(expectTodo(response, 200).version).toBe(2);
    });

    it('refuses a stale If-Match with 412 todo.version-mismatch and keeps the todo as it was', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'v1' });
      const etag = `"${todo.version}"`;
      expectTodo(await patch(owner.token, todo.id, { title: 'v2' }), 200);

      const response = await patch(
        owner.token,
        todo.id,
        { title: 'lost update' },
        { 'if-match': etag },
      );

      expectProblem(response, 'todo.version-mismatch', 412);
      const current = await context().send('GET', `/todos/${todo.id}`, { token: owner.token });
      expect(expectTodo(current, 200)).toMatchObject({ title: 'v2', version: 2 });
    });

    it('accepts If-Match: * as any current version', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'v1' });

      const response = await patch(owner.token, todo.id, { title: 'v2' }, { 'if-match': '*' });

      expect(expectTodo(response, 200).version).toBe(2);
    });

    it.each(['W/"1"', '1', '"1", "2"', '"one"'])(
      'refuses If-Match %s with 400 request.if-match-invalid',
      async (ifMatch) => {
        const owner = await context().newOwner();
        const todo = await context().createTodo(owner, { title: 'v1' });

        const response = await patch(
          owner.token,
          todo.id,
          { title: 'v2' },
          { 'if-match': ifMatch },
        );

        expectProblem(response, 'request.if-match-invalid', 400);
      },
    );

    it.each([
      ['an empty body', {}, ['/body']],
      ['an unknown field', { title: 'x', colour: 'red' }, ['/body/colour']],
      ['a null title', { title: null }, ['/body/title']],
      ['completed as a string', { completed: 'yes' }, ['/body/completed']],
      ['a description of the wrong type', { description: 5 }, ['/body/description']],
    ])('refuses %s with 400 request.invalid', async (_name, json, paths) => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'T' });

      expectInvalidRequest(await patch(owner.token, todo.id, json), paths);
    });

    it('applies the domain rules to edits: a blank title is 422 todo.title-empty', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'T' });

      expectProblem(await patch(owner.token, todo.id, { title: ' ' }), 'todo.title-empty', 422);
    });

    it('refuses malformed JSON and other media types like POST does', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'T' });
      const send = (rawBody: string, contentType: string) =>
        context().send('PATCH', `/todos/${todo.id}`, { token: owner.token, rawBody, contentType });

      expectProblem(await send('{', 'application/json'), 'request.malformed-json', 400);
      expectProblem(
        await send('{"title":"x"}', 'text/plain'),
        'request.unsupported-media-type',
        415,
      );
    });

    it("answers 404 todo.not-found for another owner's todo and leaves it alone", async () => {
      const alice = await context().newOwner();
      const bob = await context().newOwner();
      const todo = await context().createTodo(alice, { title: 'Mine' });

      expectProblem(await patch(bob.token, todo.id, { title: 'Yours' }), 'todo.not-found', 404);
      const read = await context().send('GET', `/todos/${todo.id}`, { token: alice.token });
      expect(expectTodo(read, 200)).toEqual(todo);
    });

    it('answers 404 todo.not-found for an id that was never used', async () => {
      const owner = await context().newOwner();

      expectProblem(
        await patch(owner.token, 'never-used-id', { title: 'x' }),
        'todo.not-found',
        404,
      );
    });
  });

  describe('DELETE /todos/{id}', () => {
    const remove = (token: string, id: string, headers: Record<string, string> = {}) =>
      context().send('DELETE', `/todos/${id}`, { token, headers });

    it('deletes: 204 without a body, then 404 on read and on a second delete', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'Bye' });

      const response = await remove(owner.token, todo.id);

      expect(response.status).toBe(204);
      expect(response.body).toBeUndefined();
      const read = await context().send('GET', `/todos/${todo.id}`, { token: owner.token });
      expectProblem(read, 'todo.not-found', 404);
      expectProblem(await remove(owner.token, todo.id), 'todo.not-found', 404);
    });

    it('deletes a completed todo too', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'Done' });
      expectTodo(await patch(owner.token, todo.id, { completed: true }), 200);

      expect((await remove(owner.token, todo.id)).status).toBe(204);
    });

    it('refuses a stale If-Match with 412 and deletes with the current one', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'v1' });
      expectTodo(await patch(owner.token, todo.id, { title: 'v2' }), 200);

      expectProblem(
        await remove(owner.token, todo.id, { 'if-match': '"1"' }),
        'todo.version-mismatch',
        412,
      );
      expect((await remove(owner.token, todo.id, { 'if-match': '"2"' })).status).toBe(204);
    });

    it('refuses a malformed If-Match with 400 request.if-match-invalid', async () => {
      const owner = await context().newOwner();
      const todo = await context().createTodo(owner, { title: 'T' });

      expectProblem(
        await remove(owner.token, todo.id, { 'if-match': 'W/"1"' }),
        'request.if-match-invalid',
        400,
      );
    });

    it("answers 404 todo.not-found for another owner's todo and keeps it", async () => {
      const alice = await context().newOwner();
      const bob = await context().newOwner();
      const todo = await context().createTodo(alice, { title: 'Mine' });

      expectProblem(await remove(bob.token, todo.id), 'todo.not-found', 404);
      const read = await context().send('GET', `/todos/${todo.id}`, { token: alice.token });
      expect(expectTodo(read, 200)).toEqual(todo);
    });
  });
};
