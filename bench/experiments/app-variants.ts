import type { AppVariant } from './build-app-variant.js';

// A todo written out, as the bisection variants answer PATCH with it instead of the real result.
const fixedTodo = `{
  status: 200,
  headers: { etag: '"2"' },
  body: {
    id: 'fixed',
    title: 'Water the garden',
    description: null,
    dueDate: null,
    completed: false,
    completedAt: null,
    createdAt: '2026-12-04T00:00:00.000Z',
    updatedAt: '2026-12-04T00:00:00.000Z',
    version: 2,
  },
}`;

const routesPlugin = 'apps/fastify-api/src/todo-routes-plugin.ts';

/**
 * What-if builds of the Fastify app, each a small edit to the app or a library, measured against
 * the bare server in the same rounds as the unedited app (`control`). Add a variant to judge a
 * proposed fix by a number before making it; an edit that no longer applies (the file changed)
 * fails the build, so a stale experiment cannot measure the wrong code. The variants that led to
 * the fixes in BENCHMARKS.md (the buffered request log) were removed once the fixes landed; their
 * results stay in bench/results/experiments/.
 *
 * The three `patch-*` variants split the cost of a PATCH between the server and the hexagon: each
 * answers PATCH with a fixed todo after doing less of the real work (nothing, reading the body,
 * running the contract's route through the use case and the store). Run them with
 * `--only=control,patch-fixed,patch-body,patch-route "PATCH /todos/{id}"`.
 *
 * `patch-own-handler` (a handler of its own for PATCH) was removed after it showed no consistent
 * gain; it is in commit 298b5e1, its results in
 * bench/results/experiments/patch-route-history.md.
 */
export const appVariants: readonly AppVariant[] = [
  { name: 'control', description: 'The app as it is, built by this harness.', edits: [] },
  {
    name: 'patch-fixed',
    description: 'PATCH answers a fixed todo at once: the server alone.',
    edits: [
      {
        file: routesPlugin,
        find: `        const body = bodyOf(route, request);`,
        replace: `        if (route.method === 'PATCH') {
          return sendResponse(request, reply, ${fixedTodo});
        }
        const body = bodyOf(route, request);`,
      },
    ],
  },
  {
    name: 'patch-body',
    description: 'PATCH reads and parses the body, then answers a fixed todo.',
    edits: [
      {
        file: routesPlugin,
        find: `        if (!body.ok) return sendResponse(request, reply, body.error);`,
        replace: `        if (!body.ok) return sendResponse(request, reply, body.error);
        if (route.method === 'PATCH') {
          return sendResponse(request, reply, ${fixedTodo});
        }`,
      },
    ],
  },
  {
    name: 'patch-route',
    description: 'PATCH runs the route, use case, domain and store, then answers a fixed todo.',
    edits: [
      {
        file: routesPlugin,
        find: `        return sendResponse(request, reply, response);`,
        replace: `        if (route.method === 'PATCH' && response.status === 200) {
          return sendResponse(request, reply, ${fixedTodo});
        }
        return sendResponse(request, reply, response);`,
      },
    ],
  },
];
