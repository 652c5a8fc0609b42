/** A DynamoDB-compatible server started for tests or a local run. */
export interface RunningDynamoDb {
  /** Base URL for the SDK's `endpoint` option, e.g. `http://127.0.0.1:41234`. */
  endpoint: string;
  port: number;
  /** Stops the server and resolves once it is gone. Safe to call more than once. */
  stop(): Promise<void>;
}
