import { afterAll, beforeAll, expect, vi } from 'vitest';
import { handlerNames, type HandlerName } from '../handler-names.js';
import { httpApiEvent, invoke, type Invocation, type TestedHandler } from './handler-invoker.js';
import { createTestTable, testRegion, type TestTable } from './test-table.js';

/** The handler modules of one test file, and ways to call them. */
export interface HandlerModules {
  /** The table the handlers use; set once the file's `beforeAll` ran. */
  table(): TestTable;
  /** The module's `handler` export itself. */
  handler(name: HandlerName): TestedHandler;
  /** Invokes a handler with a fresh context, capturing its logs. */
  call(name: HandlerName, event: unknown): Promise<Invocation>;
  /** Creates a todo through `create-todo` for `owner`, expecting 201. */
  create(owner: { readonly sub: string }, json?: unknown): Promise<Invocation>;
}

/**
 * Loads the handler modules as Lambda loads them, settings read from the environment at import,
 * over a table of the file's own, with debug logs and cold starts reported. Call at the top of a
 * test file: it registers the file's `beforeAll` and `afterAll`.
 */
export const useHandlerModules = (label: string): HandlerModules => {
  let table: TestTable | undefined;
  const handlers = new Map<HandlerName, TestedHandler>();

  beforeAll(async () => {
    table = await createTestTable(label);
    vi.stubEnv('TODO_TABLE_NAME', table.tableName);
    vi.stubEnv('TODO_DYNAMODB_ENDPOINT', table.endpoint);
    vi.stubEnv('AWS_REGION', testRegion);
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
    vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'DEBUG');
    for (const name of handlerNames) {
      const module: { handler: TestedHandler } = await import(`../handlers/${name}.ts`);
      handlers.set(name, module.handler);
    }
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await table?.drop();
  });

  const handler = (name: HandlerName) => {
    const loaded = handlers.get(name);
    if (loaded === undefined) throw new Error(`${name} was not loaded`);
    return loaded;
  };
  const call = (name: HandlerName, event: unknown) => invoke(handler(name), name, event);

  return {
    table() {
      if (table === undefined) throw new Error('The table is made in beforeAll.');
      return table;
    },
    handler,
    call,
    async create(owner, json = { title: 'Buy milk' }) {
      const event = httpApiEvent({ method: 'POST', url: '/todos', json, claims: owner });
      const created = await call('create-todo', event);
      expect(created.status).toBe(201);
      return created;
    },
  };
};

/** The `id` of a todo view in a response body. */
export const idOf = (body: unknown): string => {
  const id = typeof body === 'object' && body !== null && 'id' in body ? body.id : undefined;
  if (typeof id !== 'string') throw new Error('no id in the body');
  return id;
};
