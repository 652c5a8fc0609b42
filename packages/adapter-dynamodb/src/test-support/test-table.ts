import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { createDynamoDbClients, type DynamoDbClientSettings } from '../create-dynamodb-clients.js';
import { ensureTodoTable } from '../ensure-todo-table.js';

// What tools/dynamodb-local/global-setup.ts provides; declared here too, since that file is not
// part of this project's program.
declare module 'vitest' {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
    dynamoDbKind: 'dynamodb-local' | 'dynalite';
  }
}

/** A table of its own on the test run's DynamoDB server, and the clients that reach it. */
export interface TestTable {
  readonly tableName: string;
  readonly client: DynamoDBClient;
  readonly documentClient: DynamoDBDocumentClient;
  /** Which server the run uses: DynamoDB Local, or dynalite. */
  readonly kind: 'dynamodb-local' | 'dynalite';
  /** Deletes the table and closes the clients. */
  drop(): Promise<void>;
}

/**
 * Client settings for the run's local server. The credentials are placeholders the local servers
 * accept; fixed ones keep the SDK from looking for real AWS credentials on the machine.
 */
export const testClientSettings = (): DynamoDbClientSettings => ({
  endpoint: inject('dynamoDbEndpoint'),
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});

const announced = new Set<string>();

/**
 * Creates a uniquely named todo table on the server the global setup started, so test files
 * sharing the server never see each other's items. Says once per file which server it is.
 */
export async function createTestTable(label: string): Promise<TestTable> {
  const kind = inject('dynamoDbKind');
  const tableName = `todos-${label}-${randomUUID()}`;
  const { client, documentClient } = createDynamoDbClients(testClientSettings());
  if (!announced.has(label)) {
    announced.add(label);
    console.info(`[adapter-dynamodb] ${label}: running against ${kind}`);
  }

  await ensureTodoTable(client, tableName);
  return {
    tableName,
    client,
    documentClient,
    kind,
    async drop() {
      try {
        await client.send(new DeleteTableCommand({ TableName: tableName }));
      } finally {
        client.destroy();
      }
    },
  };
}
