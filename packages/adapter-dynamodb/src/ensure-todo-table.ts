import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { todoTableDefinition } from './todo-table.js';

/** Longest wait for a new table to become ACTIVE, in seconds. */
const maxWaitSeconds = 60;

/**
 * Creates the todo table if it is missing and waits until it is ACTIVE, for local runs and
 * tests; deployed tables come from infrastructure code built on the same `todoTableDefinition`.
 * Enables time to live on a table it creates, except on servers without that API (dynalite).
 *
 * @example
 * await ensureTodoTable(client, 'todos'); // 'created' the first time, 'exists' after
 */
export async function ensureTodoTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<'created' | 'exists'> {
  if (await tableExists(client, tableName)) {
    await waitUntilActive(client, tableName);
    return 'exists';
  }

  const { TimeToLiveAttribute, ...table } = todoTableDefinition(tableName);
  try {
    await client.send(new CreateTableCommand(table));
  } catch (error) {
    // Another process created it first: fine, as long as it becomes ACTIVE.
    if (!(error instanceof ResourceInUseException)) throw error;
    await waitUntilActive(client, tableName);
    return 'exists';
  }
  await waitUntilActive(client, tableName);
  await enableTimeToLive(client, tableName, TimeToLiveAttribute);
  return 'created';
}

async function tableExists(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
}

async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  // The waiter's default first pause is 20 s; local servers create tables at once.
  await waitUntilTableExists(
    { client, maxWaitTime: maxWaitSeconds, minDelay: 1, maxDelay: 5 },
    { TableName: tableName },
  );
}

async function enableTimeToLive(
  client: DynamoDBClient,
  tableName: string,
  attributeName: string,
): Promise<void> {
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: attributeName, Enabled: true },
      }),
    );
  } catch (error) {
    // dynalite has no UpdateTimeToLive and answers UnknownOperationException; TTL only deletes
    // expired records, so a local table works the same without it.
    if (error instanceof Error && error.name === 'UnknownOperationException') return;
    throw error;
  }
}
