import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClients } from '@todo/adapter-dynamodb';
import { describeIdempotencyExpiry, hs256TestSigner } from '@todo/http-contract/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import '../test-support/provided-context.js';
import { testCredentials, testRegion } from '../test-support/test-table.js';
import { startLocalServer } from './local-server.js';

describeIdempotencyExpiry(`lambda-api local server on ${inject('dynamoDbKind')}`, {
  async start(clock) {
    const endpoint = inject('dynamoDbEndpoint');
    const tableName = `lambda-idempotency-${randomUUID()}`;
    const secret = randomBytes(32).toString('base64url');
    const signer = hs256TestSigner({ secret });
    const server = await startLocalServer({
      port: 0,
      store: { kind: 'dynamodb', tableName, endpoint, region: testRegion, createTable: true },
      auth: { mode: 'secret', secret },
      credentials: testCredentials,
      logLevel: 'ERROR',
      clock,
    });

    return {
      baseUrl: server.baseUrl,
      tokenFor: (ownerId) => signer.tokenFor(ownerId),
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
