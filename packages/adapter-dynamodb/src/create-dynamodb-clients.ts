import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** How to reach DynamoDB, and how long to wait for it. Every field has a default. */
export interface DynamoDbClientSettings {
  /** For DynamoDB Local or dynalite, e.g. `http://127.0.0.1:8000`; absent means AWS. */
  readonly endpoint?: string;
  /** Absent means the SDK's own lookup (`AWS_REGION`, config files). */
  readonly region?: string;
  /** Longest wait for one HTTP request's answer, in ms. Default 3000. */
  readonly requestTimeoutMs?: number;
  /** Longest wait for a TCP connection, in ms. Default 1000. */
  readonly connectionTimeoutMs?: number;
  /** Tries per call, first one included, with the SDK's standard backoff. Default 3. */
  readonly maxAttempts?: number;
  /** Absent means the SDK's default chain (environment, SSO, the Lambda role...). */
  readonly credentials?: DynamoDBClientConfig['credentials'];
}

/** The defaults: a dead endpoint fails within about maxAttempts × (connect + request) time. */
export const dynamoDbClientDefaults = {
  requestTimeoutMs: 3_000,
  connectionTimeoutMs: 1_000,
  maxAttempts: 3,
} as const;

/**
 * Makes a DynamoDB client with bounded timeouts and retries, and the document client over it
 * that the repository takes. The document client leaves out undefined attributes on write and
 * hands back numbers JavaScript can't hold exactly as strings, instead of throwing on them. Without bounds the SDK waits on a dead endpoint for minutes; with
 * the defaults a call gives up after about 3 × (1 s + 3 s) at worst and a refused connection
 * fails at once.
 *
 * @example
 * const { client, documentClient } = createDynamoDbClients({ endpoint: 'http://127.0.0.1:8000' });
 */
export function createDynamoDbClients(settings: DynamoDbClientSettings = {}): {
  client: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
} {
  const requestTimeout = positiveInteger(
    'requestTimeoutMs',
    settings.requestTimeoutMs ?? dynamoDbClientDefaults.requestTimeoutMs,
  );
  const connectionTimeout = positiveInteger(
    'connectionTimeoutMs',
    settings.connectionTimeoutMs ?? dynamoDbClientDefaults.connectionTimeoutMs,
  );
  const maxAttempts = positiveInteger(
    'maxAttempts',
    settings.maxAttempts ?? dynamoDbClientDefaults.maxAttempts,
  );

  const client = new DynamoDBClient({
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    ...(settings.region === undefined ? {} : { region: settings.region }),
    ...(settings.credentials === undefined ? {} : { credentials: settings.credentials }),
    maxAttempts,
    // Without throwOnRequestTimeout the SDK only warns when a request overruns.
    requestHandler: { connectionTimeout, requestTimeout, throwOnRequestTimeout: true },
  });
  const documentClient = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
    unmarshallOptions: { wrapNumbers: numberOrDigits },
  });
  return { client, documentClient };
}

/**
 * Reads a stored number as a JavaScript number when it is one exactly, else keeps its digits.
 * By default the SDK throws while unmarshalling a number like `1E+100`, before the repository
 * sees the item; kept as text, it fails the repository's checks, which name the item's key.
 */
function numberOrDigits(digits: string): number | string {
  const value = Number(digits);
  const exact = Number.isInteger(value) ? Number.isSafeInteger(value) : Number.isFinite(value);
  return exact ? value : digits;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number of at least 1, not ${value}.`);
  }
  return value;
}
