import {
  BatchWriteItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  createDynamoDbClients,
  DynamoDbTodoRepository,
  ensureTodoTable,
} from '@todo/adapter-dynamodb';
import { createTodoService } from '@todo/application';
import { parseOwnerId, parseTodoId, type TodoId } from '@todo/domain';
import type { IdGenerator, TodoRepository, TodoUseCases } from '@todo/ports';
import { median, round } from '../statistics.js';
import { meterCapacity, type CapacityMeter, type MeteredRequest } from './capacity-meter.js';

/** How big the owners are and how often each use case runs. */
export interface DynamoDbBenchSettings {
  /** Runs of each use case; the requests must be the same every time. */
  readonly repeats: number;
  /** Owners whose first page of 20 is listed, by their number of todos (the issue: 10, 10,000). */
  readonly listOwnerSizes: readonly number[];
}

/** One use case: the requests it sent and the capacity they consumed. */
export interface UseCaseCost {
  readonly useCase: string;
  /** The operations of one run, in order, e.g. `GetItem, PutItem`. */
  readonly requests: readonly string[];
  /** Requests per run; every run sent the same operations (checked). */
  readonly requestCount: number;
  /** Median over runs of the capacity units the server reported, read and write together. */
  readonly capacityUnits: number;
  /** The budget for this use case. */
  readonly budget: number;
}

/** The cost of the first page of 20 for an owner with `todos` todos. */
export interface ListCost {
  readonly todos: number;
  readonly items: number;
  readonly requests: readonly string[];
  readonly capacityUnits: number;
}

/** The whole DynamoDB section. */
export interface DynamoDbBenchResult {
  readonly settings: DynamoDbBenchSettings;
  readonly server: string;
  readonly useCases: readonly UseCaseCost[];
  readonly listCosts: readonly ListCost[];
}

const tableName = 'bench-todos';
const title = 'Water the plants';
const description = 'The ones on the balcony first, then the ones in the kitchen.';

const valid = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T => {
  if (!result.ok) throw new Error(`bench.fixture-invalid: ${result.error.code}`);
  return result.value;
};

// Ids in creation order, as the apps' UUIDv7 ids are; readable in the table.
const sequentialIds = (prefix: string): IdGenerator => {
  let next = 0;
  return {
    next: (): TodoId => valid(parseTodoId(`${prefix}-${String((next += 1)).padStart(8, '0')}`)),
  };
};

const service = (repository: TodoRepository, prefix: string): TodoUseCases =>
  createTodoService({
    repository,
    events: { publish: async () => undefined },
    clock: { now: () => new Date() },
    ids: sequentialIds(prefix),
  });

const succeeded = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }) => {
  if (!result.ok) throw new Error(`bench.use-case-failed: ${result.error.code}`);
  return result.value;
};

/**
 * The items the repository would write for `count` new todos of `ownerId`, caught on their way
 * out instead of sent, so the seed can go in batches of 25 and still be exactly what the adapter
 * writes.
 */
const itemsFor = async (
  endpoint: string,
  ownerId: string,
  count: number,
): Promise<Record<string, AttributeValue>[]> => {
  const items: Record<string, AttributeValue>[] = [];
  const { client, documentClient } = createDynamoDbClients({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  client.middlewareStack.add(
    () => async (args) => {
      const item: unknown = Reflect.get(Object(args.input), 'Item');
      if (typeof item === 'object' && item !== null) items.push({ ...item });
      return { output: { $metadata: {} }, response: {} };
    },
    { step: 'build', name: 'benchCaptureItem' },
  );
  const todos = service(new DynamoDbTodoRepository({ client: documentClient, tableName }), ownerId);
  for (let index = 0; index < count; index += 1) {
    succeeded(await todos.createTodo({ ownerId, title, description, dueDate: '2026-12-24' }));
  }
  client.destroy();
  return items;
};

const seed = async (client: DynamoDBClient, items: Record<string, AttributeValue>[]) => {
  const batches: Record<string, AttributeValue>[][] = [];
  for (let index = 0; index < items.length; index += 25)
    batches.push(items.slice(index, index + 25));
  const writeBatch = async (batch: Record<string, AttributeValue>[]) => {
    let pending = batch.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt === 10) throw new Error('bench.seed-failed: unprocessed items after 10 tries');
      const output = await client.send(
        new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }),
      );
      pending = (output.UnprocessedItems?.[tableName] ?? []).flatMap((request) =>
        request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
      );
    }
  };
  // A few batches at once: fast enough, without swamping a local server.
  for (let index = 0; index < batches.length; index += 4) {
    await Promise.all(batches.slice(index, index + 4).map(writeBatch));
  }
};

const costOf = (
  useCase: string,
  budget: number,
  runs: readonly (readonly MeteredRequest[])[],
): UseCaseCost => {
  const shapes = new Set(runs.map((run) => run.map((request) => request.operation).join(', ')));
  if (shapes.size !== 1) {
    throw new Error(`bench.requests-vary: ${useCase} sent ${[...shapes].join(' | ')}`);
  }
  const requests = runs[0]?.map((request) => request.operation) ?? [];
  return {
    useCase,
    requests,
    requestCount: requests.length,
    capacityUnits: median(
      runs.map((run) => run.reduce((sum, request) => sum + request.capacityUnits, 0)),
    ),
    budget,
  };
};

const measureUseCases = async (
  todos: TodoUseCases,
  meter: CapacityMeter,
  repeats: number,
): Promise<UseCaseCost[]> => {
  const ownerId = 'bench-use-cases';
  const runs: Record<string, MeteredRequest[][]> = {};
  const record = async (name: string, action: () => Promise<unknown>) => {
    (runs[name] ??= []).push(await meter.during(action));
  };
  for (let run = 0; run < repeats; run += 1) {
    let todoId = '';
    await record('create', async () => {
      todoId = succeeded(
        await todos.createTodo({ ownerId, title, description, dueDate: '2026-12-24' }),
      ).id;
    });
    await record('get', async () => succeeded(await todos.getTodo({ ownerId, todoId })));
    await record('list page of 20', async () =>
      succeeded(await todos.listTodos({ ownerId, limit: 20 })),
    );
    await record('update (title)', async () =>
      succeeded(await todos.updateTodo({ ownerId, todoId, title: `${title} ${run}` })),
    );
    await record('complete', async () => succeeded(await todos.completeTodo({ ownerId, todoId })));
    await record('delete', async () => succeeded(await todos.deleteTodo({ ownerId, todoId })));
  }
  const budgets: Record<string, number> = {
    create: 1,
    get: 1,
    'list page of 20': 1,
    'update (title)': 2,
    complete: 2,
    delete: 1,
  };
  return Object.entries(runs).map(([name, measured]) => costOf(name, budgets[name] ?? 1, measured));
};

/**
 * Runs each use case through the real service and DynamoDB repository against a local server,
 * counting requests and the capacity the server reports; then lists the first page of 20 for
 * owners of different sizes, seeded with BatchWriteItem.
 */
export const runDynamoDbBench = async (
  endpoint: string,
  server: string,
  settings: DynamoDbBenchSettings,
): Promise<DynamoDbBenchResult> => {
  const { client, documentClient } = createDynamoDbClients({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  try {
    await ensureTodoTable(client, tableName);
    const meter = meterCapacity(client);
    const repository = new DynamoDbTodoRepository({ client: documentClient, tableName });
    const useCases = await measureUseCases(service(repository, 'use'), meter, settings.repeats);

    const listCosts: ListCost[] = [];
    for (const size of settings.listOwnerSizes) {
      const ownerId = valid(parseOwnerId(`bench-list-${size}`));
      await seed(client, await itemsFor(endpoint, ownerId, size));
      const runs: MeteredRequest[][] = [];
      let items = 0;
      for (let run = 0; run < settings.repeats; run += 1) {
        runs.push(
          await meter.during(async () => {
            items = succeeded(await service(repository, 'list').listTodos({ ownerId, limit: 20 }))
              .items.length;
          }),
        );
      }
      const cost = costOf(`list ${size}`, 1, runs);
      listCosts.push({
        todos: size,
        items,
        requests: cost.requests,
        capacityUnits: round(cost.capacityUnits, 2),
      });
    }
    return { settings, server, useCases, listCosts };
  } finally {
    documentClient.destroy();
    client.destroy();
  }
};
