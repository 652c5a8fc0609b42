import { signHs256Token } from '@todo/http-contract';
import type { LoadRequest } from './load-generator.js';

/** The routes the issue asks to measure, as the API documents them. */
export const measuredRoutes = [
  'GET /todos/{id}',
  'POST /todos',
  'GET /todos?limit=20',
  'PATCH /todos/{id}',
] as const;

/** One of {@link measuredRoutes}. */
export type MeasuredRoute = (typeof measuredRoutes)[number];

/** How much data each server is given before it is measured. */
export interface SeedSizes {
  /** Todos that `GET /todos/{id}` cycles through. */
  readonly getPool: number;
  /** Todos that `PATCH /todos/{id}` cycles through. */
  readonly patchPool: number;
  /** Todos of the owner whose first page of 20 is listed. */
  readonly listOwnerTodos: number;
}

/** The ids a server handed out while it was seeded. */
export interface SeededData {
  readonly getIds: readonly string[];
  readonly patchIds: readonly string[];
}

// Each route has its own owner, so POSTs (which grow their owner's todos) never change what
// the other routes read.
const owners = { get: 'bench-get', post: 'bench-post', list: 'bench-list', patch: 'bench-patch' };

const createBody = JSON.stringify({
  title: 'Water the plants',
  description: 'The ones on the balcony first.',
  dueDate: '2026-12-24',
});
const patchTitles = ['Water the garden', 'Water the plants'].map((title) =>
  JSON.stringify({ title }),
);

/** Bearer headers for each route's owner, signed with the servers' secret. */
export const ownerHeaders = (secret: string) => {
  const bearer = (sub: string) => ({ authorization: `Bearer ${signHs256Token(secret, { sub })}` });
  return {
    get: bearer(owners.get),
    post: { ...bearer(owners.post), 'content-type': 'application/json' },
    list: bearer(owners.list),
    patch: { ...bearer(owners.patch), 'content-type': 'application/json' },
  };
};

const createTodos = async (
  baseUrl: string,
  headers: Readonly<Record<string, string>>,
  count: number,
): Promise<string[]> => {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const response = await fetch(`${baseUrl}/todos`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: createBody,
    });
    const created: unknown = await response.json();
    const id =
      typeof created === 'object' && created !== null && 'id' in created ? created.id : undefined;
    if (response.status !== 201 || typeof id !== 'string') {
      throw new Error(`bench.seed-failed: POST /todos answered ${response.status}`);
    }
    ids.push(id);
  }
  return ids;
};

/** Creates the todos every measured route reads, through the server's own POST /todos. */
export const seedServer = async (
  baseUrl: string,
  secret: string,
  sizes: SeedSizes,
): Promise<SeededData> => {
  const headers = ownerHeaders(secret);
  const getIds = await createTodos(baseUrl, headers.get, sizes.getPool);
  const patchIds = await createTodos(baseUrl, headers.patch, sizes.patchPool);
  await createTodos(baseUrl, headers.list, sizes.listOwnerTodos);
  return { getIds, patchIds };
};

const pick = (ids: readonly string[], sequence: number): string => ids[sequence % ids.length] ?? '';

/** A function that returns 0, 1, 2... on successive calls. */
const counter = () => {
  let next = 0;
  return () => next++;
};

/**
 * The load for one route on one server:
 * - GET by id cycles through a pool of existing todos;
 * - POST creates a todo with title, description and due date each time (its owner grows);
 * - the list reads the first page of 20 of an owner with more than 20 todos;
 * - PATCH cycles through a pool of todos, and each visit changes the title to the other of two,
 *   so every request is a real edit (a version bump and a write), never a no-op. No `If-Match`:
 *   the workload measures edits, not conflicts.
 *
 * Build each route's load once per server and reuse it for every round: the sequence that picks
 * ids and titles carries on from one round to the next.
 */
export const routeLoad = (
  route: MeasuredRoute,
  seeded: SeededData,
  secret: string,
): LoadRequest => {
  const headers = ownerHeaders(secret);
  const sequence = counter();
  switch (route) {
    case 'GET /todos/{id}':
      return {
        method: 'GET',
        path: `/todos/${pick(seeded.getIds, 0)}`,
        headers: headers.get,
        vary: () => ({ path: `/todos/${pick(seeded.getIds, sequence())}` }),
      };
    case 'POST /todos':
      return { method: 'POST', path: '/todos', headers: headers.post, body: createBody };
    case 'GET /todos?limit=20':
      return { method: 'GET', path: '/todos?limit=20', headers: headers.list };
    case 'PATCH /todos/{id}':
      return {
        method: 'PATCH',
        path: `/todos/${pick(seeded.patchIds, 0)}`,
        headers: headers.patch,
        vary: () => {
          const next = sequence();
          return {
            path: `/todos/${pick(seeded.patchIds, next)}`,
            body: patchTitles[Math.floor(next / seeded.patchIds.length) % 2] ?? '',
          };
        },
      };
  }
};
