import { describe, expect, it } from 'vitest';
import type { TodoViewBody } from '../../schemas/todo-view-schema.js';
import { expectPage, expectProblem } from '../expectations.js';
import type { SuiteContext } from '../suite-context.js';
import { badCredentialCases } from './bad-credentials.js';
import type { HostileServer } from './hostile-server.js';
import type { HostileOwner, HostileWorld } from './hostile-world.js';

interface Started {
  readonly server: HostileServer;
  readonly context: SuiteContext;
  readonly world: HostileWorld;
}

/** Every route of the API, each request valid but for its credentials, aimed at `owner`. */
const everyRoute = (owner: HostileOwner) => [
  { method: 'POST', path: '/todos', json: { title: 'Not yours to make' } },
  { method: 'GET', path: '/todos', json: undefined },
  { method: 'GET', path: `/todos/${owner.openTodoId}`, json: undefined },
  { method: 'PATCH', path: `/todos/${owner.openTodoId}`, json: { title: 'Not yours to edit' } },
  { method: 'DELETE', path: `/todos/${owner.openTodoId}`, json: undefined },
];

/** Every todo `owner` can list, page by page, for one filter. */
const allTodos = async (context: SuiteContext, token: string, filter: string) => {
  const todos: TodoViewBody[] = [];
  let cursor: string | null = null;
  do {
    const after: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page = expectPage(
      await context.send('GET', `/todos?limit=2${filter}${after}`, { token }),
    );
    todos.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return todos;
};

const filters = ['', '&status=open', '&status=completed'];

/** 401 for every bad credential on every route, and owner isolation on every route and cursor. */
export const describeIdentity = (started: () => Started) => {
  describe('identity', () => {
    it.each(badCredentialCases)(
      '$kind: every route answers 401 $code and nothing changes',
      async (credential) => {
        const { server, context, world } = started();
        const before = await server.readStore();
        const authorization = await credential.authorization(server, world.alice.id);

        for (const route of everyRoute(world.alice)) {
          const response = await context.send(route.method, route.path, {
            ...(authorization === undefined ? {} : { authorization }),
            ...(route.json === undefined ? {} : { json: route.json }),
          });

          expectProblem(response, credential.code, 401);
          expect(response.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
        }
        expect(await server.readStore()).toEqual(before);
      },
    );

    it("gives bob none of alice's todos on any route or through her cursors, and changes nothing", async () => {
      const { server, context, world } = started();
      const { alice, bob } = world;
      const before = await server.readStore();
      const aliceSees = await Promise.all(filters.map((f) => allTodos(context, alice.token, f)));
      const attempts: [string, unknown, Record<string, string>][] = [
        ['GET', undefined, {}],
        ['PATCH', { title: 'Mine now' }, {}],
        ['PATCH', { completed: true }, {}],
        ['PATCH', { description: null }, { 'if-match': '"1"' }],
        ['PATCH', { title: 'Mine now' }, { 'if-match': '*' }],
        ['DELETE', undefined, {}],
        ['DELETE', undefined, { 'if-match': '"1"' }],
        ['DELETE', undefined, { 'if-match': '*' }],
      ];

      for (const id of alice.todoIds) {
        for (const [method, json, headers] of attempts) {
          const response = await context.send(method, `/todos/${id}`, {
            token: bob.token,
            headers,
            ...(json === undefined ? {} : { json }),
          });
          expectProblem(response, 'todo.not-found', 404);
        }
      }
      for (const query of [
        `cursor=${encodeURIComponent(alice.cursor)}`,
        `cursor=${encodeURIComponent(alice.cursor)}&limit=100`,
        `cursor=${encodeURIComponent(alice.openCursor)}&status=open`,
        `cursor=${encodeURIComponent(alice.openCursor)}&status=completed`,
      ]) {
        const response = await context.send('GET', `/todos?${query}`, { token: bob.token });
        expectProblem(response, 'list.cursor-invalid', 400);
      }
      for (const filter of filters) {
        const ids = (await allTodos(context, bob.token, filter)).map((todo) => todo.id);
        expect(ids.filter((id) => alice.todoIds.includes(id))).toEqual([]);
        expect(ids.every((id) => bob.todoIds.includes(id))).toBe(true);
      }

      expect(await server.readStore()).toEqual(before);
      expect(await Promise.all(filters.map((f) => allTodos(context, alice.token, f)))).toEqual(
        aliceSees,
      );
    });
  });
};
