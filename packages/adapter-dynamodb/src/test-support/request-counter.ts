import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Counts the HTTP requests a client sends, by operation, retries included. */
export interface RequestCounter {
  /** Operation names (`GetItem`, `Query`, ...) in the order they were sent. */
  readonly requests: readonly string[];
  /** Capacity units (read and write) the server reported, summed over the requests. */
  readonly consumedCapacity: number;
  reset(): void;
  /** Runs `action` and returns the requests it sent, in order. */
  during(action: () => Promise<unknown>): Promise<string[]>;
}

/**
 * Adds a middleware to `client` (and so to document clients made from it) that records every
 * request sent and asks DynamoDB to report consumed capacity. It sits after the retry step, so a
 * retried request counts each time it goes out.
 */
export function countRequests(client: DynamoDBClient): RequestCounter {
  let requests: string[] = [];
  let consumedCapacity = 0;

  client.middlewareStack.add(
    (next, context) => async (args) => {
      requests.push(context.commandName?.replace(/Command$/, '') ?? 'unknown');
      return next(args);
    },
    { step: 'deserialize', name: 'testRequestCounter', priority: 'low' },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const measured = itemCommands.has(context.commandName ?? '');
      const result = await next(
        measured ? { ...args, input: { ...args.input, ReturnConsumedCapacity: 'TOTAL' } } : args,
      );
      consumedCapacity += capacityOf(result.output);
      return result;
    },
    { step: 'initialize', name: 'testCapacityCounter' },
  );

  return {
    get requests() {
      return requests;
    },
    get consumedCapacity() {
      return consumedCapacity;
    },
    reset() {
      requests = [];
      consumedCapacity = 0;
    },
    async during(action) {
      const before = requests.length;
      await action();
      return requests.slice(before);
    },
  };
}

const itemCommands = new Set([
  'GetItemCommand',
  'PutItemCommand',
  'DeleteItemCommand',
  'UpdateItemCommand',
  'QueryCommand',
]);

function capacityOf(output: unknown): number {
  if (typeof output !== 'object' || output === null) return 0;
  const consumed: unknown = Reflect.get(output, 'ConsumedCapacity');
  if (typeof consumed !== 'object' || consumed === null) return 0;
  const units: unknown = Reflect.get(consumed, 'CapacityUnits');
  return typeof units === 'number' ? units : 0;
}
