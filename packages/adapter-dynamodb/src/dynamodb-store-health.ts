import {
  DescribeTableCommand,
  type DynamoDBClient,
  type TableStatus,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError, type StoreHealth } from '@todo/ports';

/** A table in these states answers reads and writes. */
const servingStatuses: ReadonlySet<TableStatus | undefined> = new Set(['ACTIVE', 'UPDATING']);

/**
 * Readiness of the todo table: one DescribeTable call, which reads no items and costs no
 * capacity. Any failure, including a missing table or one that is not serving, rejects with
 * {@link StoreUnavailableError}, the original error as its `cause`.
 *
 * @example
 * const health = new DynamoDbStoreHealth({ client, tableName: 'todos' });
 * await health.check();
 */
export class DynamoDbStoreHealth implements StoreHealth {
  readonly #client: DynamoDBClient | DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(options: { client: DynamoDBClient | DynamoDBDocumentClient; tableName: string }) {
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async check(): Promise<void> {
    let status: TableStatus | undefined;
    try {
      const command = new DescribeTableCommand({ TableName: this.#tableName });
      // Both clients send control-plane commands as they are; the union just needs narrowing.
      const output =
        this.#client instanceof DynamoDBDocumentClient
          ? await this.#client.send(command)
          : await this.#client.send(command);
      status = output.Table?.TableStatus;
    } catch (error) {
      const what = error instanceof Error ? error.name : 'unknown error';
      throw new StoreUnavailableError(`DynamoDB table check failed (${what}).`, { cause: error });
    }

    if (!servingStatuses.has(status)) {
      throw new StoreUnavailableError(`DynamoDB table is ${status ?? 'in an unknown state'}.`);
    }
  }
}
