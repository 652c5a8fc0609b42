export interface TestDynamoDbClientConfig {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

/**
 * Client settings for a local test server. The credentials are placeholders: the local servers
 * accept any, and fixed ones keep the SDK from searching the machine for real AWS credentials.
 */
export function testDynamoDbClientConfig(endpoint: string): TestDynamoDbClientConfig {
  return {
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  };
}
