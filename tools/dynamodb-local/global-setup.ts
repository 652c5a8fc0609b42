import type { TestProject } from 'vitest/node';
import { startTestDynamoDb } from './index.js';
import type { TestDynamoDbKind } from './index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Endpoint of the DynamoDB server this test run shares, for `inject('dynamoDbEndpoint')`. */
    dynamoDbEndpoint: string;
    dynamoDbKind: TestDynamoDbKind;
  }
}

/**
 * Vitest global setup: starts one DynamoDB server for the whole run (see `startTestDynamoDb`),
 * hands its endpoint to the test files and stops it when the run ends. Test files share the
 * server, so each should use its own table names.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestDynamoDb();
  project.provide('dynamoDbEndpoint', server.endpoint);
  project.provide('dynamoDbKind', server.kind);
  return () => server.stop();
}
