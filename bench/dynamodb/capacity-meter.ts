import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** One request as the server answered it. */
export interface MeteredRequest {
  /** `GetItem`, `PutItem`, `Query`, ... */
  readonly operation: string;
  /** Capacity units the server reported for it (read or write). */
  readonly capacityUnits: number;
}

/** Records every request a client sends and the capacity the server says it consumed. */
export interface CapacityMeter {
  /** Runs `action` and returns the requests it sent, in order. */
  during(action: () => Promise<unknown>): Promise<MeteredRequest[]>;
}

const reporting = new Set(['GetItem', 'PutItem', 'DeleteItem', 'UpdateItem', 'Query', 'Scan']);

const capacityOf = (output: unknown): number => {
  const consumed: unknown =
    typeof output === 'object' && output !== null ? Reflect.get(output, 'ConsumedCapacity') : null;
  const units: unknown =
    typeof consumed === 'object' && consumed !== null
      ? Reflect.get(consumed, 'CapacityUnits')
      : undefined;
  return typeof units === 'number' ? units : 0;
};

/**
 * Adds a middleware to `client` (document clients built on it share it) that asks the server to
 * return consumed capacity (`ReturnConsumedCapacity: 'TOTAL'`) and records each request. It sits
 * in the initialize step, so a retried request counts once; none is retried against a local
 * server at this load.
 */
export const meterCapacity = (client: DynamoDBClient): CapacityMeter => {
  const requests: MeteredRequest[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = (context.commandName ?? 'unknown').replace(/Command$/, '');
      const input = reporting.has(operation)
        ? { ...args.input, ReturnConsumedCapacity: 'TOTAL' }
        : args.input;
      const result = await next({ ...args, input });
      requests.push({ operation, capacityUnits: capacityOf(result.output) });
      return result;
    },
    { step: 'initialize', name: 'benchCapacityMeter' },
  );
  return {
    async during(action) {
      const before = requests.length;
      await action();
      return requests.slice(before);
    },
  };
};
