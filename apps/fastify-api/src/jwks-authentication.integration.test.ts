import { createTokenVerifier } from '@todo/http-contract';
import { describeJwksAuthentication } from '@todo/http-contract/testing';
import { buildServer } from './build-server.js';
import { composeApplication } from './composition-root.js';
import { logEventPublisher } from './log-event-publisher.js';
import { createLogger } from './logger.js';

// The app as main.ts wires it with TODO_JWT_JWKS_URL, issuer and audience set: tokens are checked
// against a key set served over HTTP on 127.0.0.1.
describeJwksAuthentication('fastify-api', {
  async start(auth) {
    const logger = createLogger({ level: 'silent', pretty: false });
    const application = await composeApplication(
      { kind: 'memory' },
      { events: logEventPublisher(logger) },
    );
    const app = await buildServer({
      todos: application.todos,
      health: application.health,
      verifier: createTokenVerifier(auth),
      logger,
      corsOrigins: [],
    });
    const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    return {
      baseUrl,
      async stop() {
        await app.close();
        await application.close();
      },
    };
  },
});
