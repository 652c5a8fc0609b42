import { chooseTestDynamoDbKind } from './choose-kind.js';
import type { TestDynamoDbKind } from './choose-kind.js';
import { startDynalite } from './dynalite.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { jdkAvailable } from './java.js';

export { testDynamoDbClientConfig } from './client-config.js';
export type { TestDynamoDbClientConfig } from './client-config.js';
export type { TestDynamoDbKind } from './choose-kind.js';
export { startDynalite } from './dynalite.js';
export type { DynaliteStartOptions } from './dynalite.js';
export { startDynamoDbLocal } from './dynamodb-local.js';
export type { DynamoDbLocalOptions, RunningDynamoDbLocal } from './dynamodb-local.js';
export { DYNAMODB_LOCAL_VERSION, ensureDynamoDbLocal } from './emulator.js';
export { killableDynamoDbStores } from './killable-dynamodb.js';
export type { KillableDynamoDb, KillableDynamoDbStores } from './killable-dynamodb.js';
export type { RunningDynamoDb } from './running.js';
export { scanTable } from './scan-table.js';

export interface TestDynamoDb {
  endpoint: string;
  kind: TestDynamoDbKind;
  /** Stops the server and resolves once it is gone. Safe to call more than once. */
  stop(): Promise<void>;
}

let noticed = false;
const noticeOnce = (message: string): void => {
  if (noticed) return;
  noticed = true;
  process.stderr.write(`${message}\n`);
};

/**
 * Starts the DynamoDB server the tests should use, on a free port of 127.0.0.1: DynamoDB Local,
 * or dynalite when asked to or when there is no Java outside CI. See README.md for the rules.
 */
export async function startTestDynamoDb(): Promise<TestDynamoDb> {
  const kind = await chooseTestDynamoDbKind({ env: process.env, jdkAvailable, notice: noticeOnce });
  const server = kind === 'dynalite' ? await startDynalite() : await startDynamoDbLocal();
  return { endpoint: server.endpoint, kind, stop: server.stop };
}
