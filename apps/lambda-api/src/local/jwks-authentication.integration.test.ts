import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClients } from '@todo/adapter-dynamodb';
import { describeJwksAuthentication } from '@todo/http-contract/testing';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import '../test-support/provided-context.js';
import { testCredentials, testRegion } from '../test-support/test-table.js';
import { startLocalServer } from './local-server.js';

// The local gateway checks tokens as API Gateway's JWT authorizer would, here against a key set
// served over HTTP on 127.0.0.1.
describeJwksAuthentication('lambda-api local server', {
  async start(auth) {
    const endpoint = inject('dynamoDbEndpoint');
    const tableName = `lambda-jwks-${randomUUID()}`;
    const server = await startLocalServer({
      port: 0,
      store: { kind: 'dynamodb', tableName, endpoint, region: testRegion, createTable: true },
      auth,
      credentials: testCredentials,
      logLevel: 'ERROR',
    });
    return {
      baseUrl: server.baseUrl,
      async stop() {
        await server.stop();
        const { client } = createDynamoDbClients({
          endpoint,
          region: testRegion,
          credentials: testCredentials,
        });
        await client.send(new DeleteTableCommand({ TableName: tableName }));
        client.destroy();
      },
    };
  },
});
