import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlerNames, type HandlerName } from './handler-names.js';
import { httpApiEvent, newOwner } from './test-support/handler-invoker.js';
import { createTestTable, testRegion, type TestTable } from './test-support/test-table.js';

// The bundles `pnpm nx build lambda-api` writes; the Nx test target builds them first.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const bundleOf = (name: HandlerName) => join(dist, name, 'index.mjs');

// Loaded from a module file, as Lambda's runtime loads a handler: `node -e` would define
// `require` and hide a bundle that needs it.
const runner = `
import { pathToFileURL } from 'node:url';
const [bundle, event] = process.argv.slice(2);
const { handler } = await import(pathToFileURL(bundle).href);
const context = {
  functionName: 'bundle-test', functionVersion: '$LATEST', memoryLimitInMB: '256',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:bundle-test',
  awsRequestId: 'bundle-test-request', logGroupName: '/aws/lambda/bundle-test',
  logStreamName: 'test', callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 10000,
};
const result = await handler(JSON.parse(event), context);
process.stdout.write('RESULT ' + JSON.stringify(result) + '\\n');
`;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const runNode = (args: string[], env: Record<string, string>): Promise<Run> =>
  new Promise((resolve) => {
    execFile(process.execPath, args, { env, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });

interface BundleResult {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly logs: Record<string, unknown>[];
}

describe('the built bundles, each loaded in a fresh Node process', () => {
  let table: TestTable;
  let workDir: string;
  let runnerFile: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    const missing = handlerNames.filter((name) => !existsSync(bundleOf(name)));
    if (missing.length > 0) {
      throw new Error(`No bundle for ${missing.join(', ')}: run \`pnpm nx build lambda-api\`.`);
    }
    table = await createTestTable('bundles');
    workDir = await mkdtemp(join(tmpdir(), 'lambda-bundles-'));
    runnerFile = join(workDir, 'invoke.mjs');
    await writeFile(runnerFile, runner);
    // Only what Lambda would set, plus placeholders for the local server's credentials.
    env = {
      PATH: process.env['PATH'] ?? '',
      TODO_TABLE_NAME: table.tableName,
      TODO_DYNAMODB_ENDPOINT: table.endpoint,
      AWS_REGION: testRegion,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    };
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
    await table.drop();
  });

  const invokeBundle = async (name: HandlerName, event: unknown): Promise<BundleResult> => {
    const run = await runNode([runnerFile, bundleOf(name), JSON.stringify(event)], env);
    const lines = run.stdout.split('\n');
    const resultLine = lines.find((line) => line.startsWith('RESULT '));
    if (run.code !== 0 || resultLine === undefined) {
      throw new Error(`${name} failed (exit ${run.code}):\n${run.stderr}\n${run.stdout}`);
    }
    const result: { statusCode: number; headers: Record<string, string>; body?: string } =
      JSON.parse(resultLine.slice('RESULT '.length));
    return {
      statusCode: result.statusCode,
      headers: result.headers,
      body: result.body === undefined ? undefined : JSON.parse(result.body),
      logs: [...lines, ...run.stderr.split('\n')]
        .filter((line) => line.startsWith('{'))
        .map((line): Record<string, unknown> => JSON.parse(line)),
    };
  };

  it('each handler answers one request on DynamoDB, every invocation a cold start', async () => {
    const owner = newOwner();
    const created = await invokeBundle(
      'create-todo',
      httpApiEvent({ method: 'POST', url: '/todos', json: { title: 'Bundled' }, claims: owner }),
    );
    const id =
      typeof created.body === 'object' && created.body !== null && 'id' in created.body
        ? String(created.body.id)
        : '';
    const todo = `/todos/${id}`;

    const read = await invokeBundle(
      'get-todo',
      httpApiEvent({ method: 'GET', url: todo, claims: owner }),
    );
    const listed = await invokeBundle(
      'list-todos',
      httpApiEvent({ method: 'GET', url: '/todos', claims: owner }),
    );
    const completed = await invokeBundle(
      'update-todo',
      httpApiEvent({ method: 'PATCH', url: todo, json: { completed: true }, claims: owner }),
    );
    const deleted = await invokeBundle(
      'delete-todo',
      httpApiEvent({ method: 'DELETE', url: todo, claims: owner }),
    );

    expect(created).toMatchObject({ statusCode: 201, headers: { location: todo, etag: '"1"' } });
    expect(read).toMatchObject({ statusCode: 200, body: created.body });
    expect(listed).toMatchObject({
      statusCode: 200,
      body: { items: [created.body], nextCursor: null },
    });
    expect(completed).toMatchObject({ statusCode: 200, body: { completed: true, version: 2 } });
    expect(deleted.statusCode).toBe(204);
    for (const invocation of [created, read, listed, completed, deleted]) {
      expect(invocation.logs.filter((line) => line['message'] === 'request completed')).toEqual([
        expect.objectContaining({ cold_start: true, function_request_id: 'bundle-test-request' }),
      ]);
    }
  });

  it('a bundle without TODO_TABLE_NAME fails at init, naming the variable', async () => {
    const { TODO_TABLE_NAME: _tableName, ...withoutTable } = env;
    const event = httpApiEvent({ method: 'GET', url: '/todos', claims: newOwner() });

    const run = await runNode(
      [runnerFile, bundleOf('list-todos'), JSON.stringify(event)],
      withoutTable,
    );

    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('TODO_TABLE_NAME is required');
    expect(run.stdout).not.toContain('RESULT');
  });

  // What each bundle is made of, from esbuild's metafile. Files esbuild read but tree-shaking
  // dropped are listed with 0 bytes; only the rest count.
  const bundledInputs = (name: HandlerName): string[] => {
    const metafile: {
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    } = JSON.parse(readFileSync(join(dist, 'meta', `${name}.json`), 'utf8'));
    const bundle = Object.entries(metafile.outputs).find(([file]) => file.endsWith('.mjs'))?.[1];
    return Object.entries(bundle?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file);
  };

  // The local server's and the Fastify app's parts must stay out of the functions.
  it.each(handlerNames)('%s carries no token library, local store, server or docs', (name) => {
    const inputs = bundledInputs(name);

    const unwanted = inputs.filter((input) =>
      /node_modules\/(?:fast-jwt|jose|dynalite|level|fastify|swagger-ui-dist)\/|openapi-document|docs-page|local-dynamodb|\/src\/local\//.test(
        input,
      ),
    );

    expect(inputs.length).toBeGreaterThan(0);
    expect(unwanted).toEqual([]);
  });

  // Each function wires only its own use case (handler-wiring.ts). The use cases' modules in
  // @todo/application are named as the handlers are, plus completion (which only PATCH reaches).
  const applicationUseCaseFiles = [...handlerNames, 'complete-todo'];
  it.each(handlerNames.filter((name) => name !== 'create-todo'))(
    '%s carries no other use case, no idempotency store and no id generator',
    (name) => {
      const inputs = bundledInputs(name);
      const otherUseCases = applicationUseCaseFiles
        .filter((file) => file !== name)
        .filter((file) => inputs.some((input) => input.endsWith(`application/src/${file}.ts`)));
      const creationOnly = inputs.filter((input) =>
        /idempotency|request-fingerprint|node_modules\/uuid\/|uuid-v7-ids|todo-service\.ts/.test(
          input,
        ),
      );

      expect(otherUseCases).toEqual([]);
      expect(creationOnly).toEqual([]);
    },
  );

  // Each function builds only the repository operations its use case calls (handler-wiring.ts),
  // so its code can send no DynamoDB request beyond the actions its IAM role allows (the same
  // lists as `handlerAccess` in apps/infra/src/todo-routes.ts). lib-dynamodb's document client
  // brings its paginators, and with them the Query and Scan commands, into every bundle.
  const alwaysBundledCommands = ['Query', 'Scan'];
  it.each([
    { name: 'create-todo', commands: ['Get', 'Put', 'Update'], operations: ['create', 'get'] },
    { name: 'delete-todo', commands: ['Delete', 'Get'], operations: ['delete'] },
    { name: 'get-todo', commands: ['Get'], operations: ['get'] },
    { name: 'list-todos', commands: ['Query'], operations: ['list'] },
    { name: 'update-todo', commands: ['Get', 'Put'], operations: ['get', 'save'] },
  ] as const)(
    '$name carries only the DynamoDB commands $commands and the repository operations $operations',
    ({ name, commands, operations }) => {
      const inputs = bundledInputs(name);
      const found = (pattern: RegExp) =>
        inputs.flatMap((input) => pattern.exec(input)?.[1] ?? []).sort();

      expect(found(/lib-dynamodb\/dist-es\/commands\/(\w+)Command\.js$/)).toEqual(
        [...new Set([...commands, ...alwaysBundledCommands])].sort(),
      );
      expect(found(/adapter-dynamodb\/src\/todo-repository\/(\w+)-todos?\.ts$/)).toEqual(
        operations,
      );
    },
  );

  it('create-todo carries the idempotency store and the id generator', () => {
    const inputs = bundledInputs('create-todo');

    expect(inputs.some((input) => input.endsWith('dynamodb-idempotency-store.ts'))).toBe(true);
    expect(inputs.some((input) => input.endsWith('uuid-v7-ids.ts'))).toBe(true);
  });
});
