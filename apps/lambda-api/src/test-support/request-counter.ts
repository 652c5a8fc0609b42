import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Counts the requests a DynamoDB client sends, by operation, retries included. */
export interface RequestCounter {
  /** Runs `action` and returns the operations (`GetItem`, `Query`...) it sent, in order. */
  during(action: () => Promise<unknown>): Promise<string[]>;
}

/**
 * Adds a middleware to `client`, and so to the document client built on it, that records each
 * request as it goes out. It sits in the deserialize step, after retries, so a retried request
 * counts each time.
 */
export const countRequests = (client: DynamoDBClient): RequestCounter => {
  const sent: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(context.commandName?.replace(/Command$/, '') ?? 'unknown');
      return next(args);
    },
    { step: 'deserialize', name: 'testRequestCounter', priority: 'low' },
  );
  return {
    async during(action) {
      const before = sent.length;
      await action();
      return sent.slice(before);
    },
  };
};
