import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClients, ensureTodoTable } from '@todo/adapter-dynamodb';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import './provided-context.js';

/** Placeholder credentials: the local servers accept any, and these stop the SDK's search. */
export const testCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };
export const testRegion = 'us-east-1';

/** A table of one test file's own on the run's DynamoDB server. */
export interface TestTable {
  readonly tableName: string;
  readonly endpoint: string;
  drop(): Promise<void>;
}

/** Creates a uniquely named todo table on the server the global setup started. */
export const createTestTable = async (label: string): Promise<TestTable> => {
  const endpoint = inject('dynamoDbEndpoint');
  const tableName = `lambda-${label}-${randomUUID()}`;
  const { client } = createDynamoDbClients({
    endpoint,
    region: testRegion,
    credentials: testCredentials,
  });
  await ensureTodoTable(client, tableName);
  return {
    tableName,
    endpoint,
    async drop() {
      try {
        await client.send(new DeleteTableCommand({ TableName: tableName }));
      } finally {
        client.destroy();
      }
    },
  };
};
