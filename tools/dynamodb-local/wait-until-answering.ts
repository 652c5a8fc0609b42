import { setTimeout as delay } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { testDynamoDbClientConfig } from './client-config.js';

export interface WaitOptions {
  timeoutMs: number;
  /** Checked between attempts: returns why waiting is pointless (the server died), or undefined. */
  gaveUp(): string | undefined;
  /**
   * Whether our server says it has bound its port. Until then, an answer could come from another
   * server that took the port first, so no request is sent.
   */
  bound(): boolean;
}

/**
 * Waits until the endpoint answers a real DynamoDB request, which proves more than an open port:
 * that the server behind it is up, speaks DynamoDB's protocol and accepts the test credentials.
 */
export async function waitUntilAnswering(endpoint: string, options: WaitOptions): Promise<void> {
  const client = new DynamoDBClient({
    ...testDynamoDbClientConfig(endpoint),
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1_000 },
  });
  const deadline = Date.now() + options.timeoutMs;
  try {
    let lastError: unknown;
    for (;;) {
      if (options.bound()) {
        try {
          // The first answer can take seconds on a busy machine; never wait past the deadline.
          const abortSignal = AbortSignal.timeout(Math.max(deadline - Date.now(), 1));
          await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal });
          return;
        } catch (error) {
          lastError = error;
        }
      }
      const reason = options.gaveUp();
      if (reason !== undefined) throw new Error(reason, { cause: lastError });
      if (Date.now() >= deadline) {
        const last = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
        throw new Error(`no answer within ${options.timeoutMs} ms${last}`, { cause: lastError });
      }
      await delay(100);
    }
  } finally {
    client.destroy();
  }
}
