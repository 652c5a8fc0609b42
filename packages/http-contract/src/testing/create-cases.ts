import { describe, expect, it } from 'vitest';
import { bodyLimitBytes } from '../json-body.js';
import { expectInvalidRequest, expectProblem, expectTodo } from './expectations.js';
import type { SuiteContext } from './suite-context.js';

/** A JSON body of exactly `bytes` bytes: a todo whose description fills the rest. */
const bodyOfSize = (bytes: number): string => {
  const empty = JSON.stringify({ title: 'Big', description: '' });
  return JSON.stringify({ title: 'Big', description: 'd'.repeat(bytes - empty.length) });
};

/** `POST /todos`, and the body rules every route with a body shares. */
export const describeCreate = (context: () => SuiteContext) => {
  describe('POST /todos', () => {
    it('creates a todo: 201, Location, ETag "1" and the todo view', async () => {
      const owner = await context().newOwner();

      const response = await context().send('POST', '/todos', {
        token: owner.token,
        json: { title: '  Buy milk  ' },
      });

      const todo = expectTodo(response, 201);
      expect(response.headers.get('location')).toBe(`/todos/${todo.id}`);
      expect(response.headers.get('etag')).toBe('"1"');
      expect(todo).toEqual({
        id: todo.id,
        title: 'Buy milk',
        description: null,
        dueDate: null,
        completed: false,
        completedAt: null,
        createdAt: todo.createdAt,
        updatedAt: todo.createdAt,
        version: 1,
      });
      expect(Date.parse(todo.createdAt)).not.toBeNaN();
    });

    it('keeps description and due date, and the todo can be read at its Location', async () => {
      const owner = await context().newOwner();
      const created = await context().send('POST', '/todos', {
        token: owner.token,
        json: { title: 'Pay rent', description: 'Line one\nline two', dueDate: '2026-12-24' },
      });
      const todo = expectTodo(created, 201);

      const read = await context().send('GET', created.headers.get('location') ?? '', {
        token: owner.token,
      });

      expect(todo).toMatchObject({ description: 'Line one\nline two', dueDate: '2026-12-24' });
      expect(expectTodo(read, 200)).toEqual(todo);
    });

    it('counts title length in characters, not UTF-16 units', async () => {
      const owner = await context().newOwner();

      const response = await context().send('POST', '/todos', {
        token: owner.token,
        json: { title: '😀'.repeat(50) },
      });

      expect(expectTodo(response, 201).title).toBe('😀'.repeat(50));
    });

    it('accepts application/json with a UTF-8 charset', async () => {
      const owner = await context().newOwner();

      const response = await context().send('POST', '/todos', {
        token: owner.token,
        rawBody: JSON.stringify({ title: 'Café' }),
        contentType: 'application/json; charset=utf-8',
      });

      expect(expectTodo(response, 201).title).toBe('Café');
    });

    it.each([
      ['a missing title', {}, ['/body/title']],
      ['a title of the wrong type', { title: 5 }, ['/body/title']],
      ['a null title', { title: null }, ['/body/title']],
      ['an unknown field', { title: 'x', colour: 'red' }, ['/body/colour']],
      ['an owner in the body', { title: 'x', ownerId: 'someone-else' }, ['/body/ownerId']],
      ['a due date of the wrong type', { title: 'x', dueDate: 20261224 }, ['/body/dueDate']],
      ['an array body', [], ['/body']],
      ['a string body', 'Buy milk', ['/body']],
    ])('refuses %s with 400 request.invalid', async (_name, json, paths) => {
      const owner = await context().newOwner();

      const response = await context().send('POST', '/todos', { token: owner.token, json });

      expectInvalidRequest(response, paths);
    });

    it('refuses an empty body with 400 request.invalid', async () => {
      const owner = await context().newOwner();

      const response = await context().send('POST', '/todos', {
        token: owner.token,
        rawBody: '',
        contentType: 'application/json',
      });

      expectInvalidRequest(response, ['/body']);
    });

    it.each([
      ['a blank title', { title: '   ' }, 'todo.title-empty', '/body/title'],
      ['a 51-character title', { title: 't'.repeat(51) }, 'todo.title-too-long', '/body/title'],
      [
        'a title with a control character',
        { title: 'a\u0007b' },
        'todo.title-control-character',
        '/body/title',
      ],
      [
        'a blank description',
        { title: 'x', description: ' ' },
        'todo.description-empty',
        '/body/description',
      ],
      [
        'a 1,001-character description',
        { title: 'x', description: 'd'.repeat(1001) },
        'todo.description-too-long',
        '/body/description',
      ],
      [
        'a description with a control character',
        { title: 'x', description: 'a\u0000b' },
        'todo.description-control-character',
        '/body/description',
      ],
      [
        'an impossible due date',
        { title: 'x', dueDate: '2026-02-30' },
        'todo.due-date-invalid',
        '/body/dueDate',
      ],
      [
        'a due time without an offset',
        { title: 'x', dueDate: '2026-02-28T10:00' },
        'todo.due-date-invalid',
        '/body/dueDate',
      ],
    ] as const)('refuses %s with 422 %s', async (_name, json, code, path) => {
      const owner = await context().newOwner();

      const response = await context().send('POST', '/todos', { token: owner.token, json });

      const problem = expectProblem(response, code, 422);
      expect(problem.errors?.map((error) => error.path)).toEqual([path]);
    });

    it('refuses malformed JSON with 400 request.malformed-json', async () => {
      const owner = await context().newOwner();

      const response = await context().send('POST', '/todos', {
        token: owner.token,
        rawBody: '{"title": "Buy milk"',
        contentType: 'application/json',
      });

      expectProblem(response, 'request.malformed-json', 400);
    });

    it.each([
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
    ])('refuses a %s body with 415 request.unsupported-media-type', async (contentType) => {
      const owner = await context().newOwner();

      const response = await context().send('POST', '/todos', {
        token: owner.token,
        rawBody: JSON.stringify({ title: 'Buy milk' }),
        contentType,
      });

      expectProblem(response, 'request.unsupported-media-type', 415);
    });

    it('refuses a body over 16 KiB with 413 request.body-too-large', async () => {
      const owner = await context().newOwner();

      const response = await context().send('POST', '/todos', {
        token: owner.token,
        rawBody: bodyOfSize(bodyLimitBytes + 1),
        contentType: 'application/json',
      });

      expectProblem(response, 'request.body-too-large', 413);
    });

    it('reads a body of exactly 16 KiB (and then applies the domain rules)', async () => {
      const owner = await context().newOwner();

      const response = await context().send('POST', '/todos', {
        token: owner.token,
        rawBody: bodyOfSize(bodyLimitBytes),
        contentType: 'application/json',
      });

      expectProblem(response, 'todo.description-too-long', 422);
    });
  });
};
