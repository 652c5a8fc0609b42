import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClients } from '@todo/adapter-dynamodb';
import { describeHttpContract, hs256TestSigner } from '@todo/http-contract/testing';
import { RecordingEventPublisher } from '@todo/ports/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import '../test-support/provided-context.js';
import { testCredentials, testRegion } from '../test-support/test-table.js';
import { startLocalServer } from './local-server.js';

// The same issuer and audience rules as the Fastify app's test server, so the suite's 401 cases
// for both run.
const issuer = 'https://issuer.todo.test';
const audience = 'todo-api';

describeHttpContract(`lambda-api local server on ${inject('dynamoDbKind')}`, {
  async start() {
    const secret = randomBytes(32).toString('base64url');
    const endpoint = inject('dynamoDbEndpoint');
    const tableName = `lambda-contract-${randomUUID()}`;
    // Every handler publishes here, so the suite's concurrency case can count the events.
    const events = new RecordingEventPublisher();
    const server = await startLocalServer({
      port: 0,
      store: { kind: 'dynamodb', tableName, endpoint, region: testRegion, createTable: true },
      auth: { mode: 'secret', secret, issuer, audience },
      credentials: testCredentials,
      // Only failures: the suite sends a few hundred requests.
      logLevel: 'ERROR',
      events,
    });
    return {
      baseUrl: server.baseUrl,
      ...hs256TestSigner({ secret, issuer, audience }),
      publishedEvents: () => events.events,
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
