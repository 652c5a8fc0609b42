import {
  createTokenVerifier,
  developmentModeBanner,
  developmentSubject,
  signHs256Token,
} from '@todo/http-contract';
import { buildServer } from './build-server.js';
import { composeApplication } from './composition-root.js';
import { logEventPublisher } from './log-event-publisher.js';
import { createLogger } from './logger.js';
import { describeSettingErrors, parseSettings } from './settings.js';

// If closing hangs (a stuck store call), give up rather than linger half-closed.
const shutdownTimeoutMs = 10_000;

const main = async (): Promise<void> => {
  const settings = parseSettings(process.env);
  if (!settings.ok) {
    process.stderr.write(`${describeSettingErrors(settings.error)}\n`);
    process.exitCode = 1;
    return;
  }
  const { host, port, store, auth, corsOrigins, logLevel, logBufferBytes } = settings.value;
  const logger = createLogger({
    level: logLevel,
    pretty: process.stdout.isTTY === true,
    bufferBytes: logBufferBytes,
  });

  const application = await composeApplication(store, { events: logEventPublisher(logger) });
  const server = await buildServer({
    todos: application.todos,
    health: application.health,
    verifier: createTokenVerifier(auth),
    logger,
    corsOrigins,
  });

  let closing = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn({ signal }, 'second signal while shutting down: exiting now');
      process.exit(1);
    }
    closing = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    setTimeout(() => {
      logger.error({ timeoutMs: shutdownTimeoutMs }, 'shutdown timed out');
      process.exit(1);
    }, shutdownTimeoutMs).unref();

    await server.close();
    await application.close();
    logger.info('stopped');
    // Write the buffered lines now; the exit that follows would too, but this path should not
    // depend on it. (The `process.exit` calls above write theirs through pino's exit hook.)
    logger.flush();
    process.exitCode = 0;
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.on('SIGINT', (signal) => void shutdown(signal));

  const baseUrl = await server.listen({ host, port });
  logger.info({ store: store.kind, authMode: auth.mode, corsOrigins }, 'todo api ready');

  if (auth.mode === 'development') {
    logger.warn(
      { authMode: 'development' },
      'development mode: tokens use a random secret for this run',
    );
    process.stderr.write(
      developmentModeBanner({
        baseUrl,
        token: signHs256Token(auth.secret, { sub: developmentSubject }),
      }),
    );
  }
  // Whoever starts the app waits for these lines: don't keep them in the log buffer.
  logger.flush();
};

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`The fastify-api failed to start: ${message}\n`);
  process.exitCode = 1;
  // Whatever started (an embedded store, a listening socket) must not keep the process alive.
  setTimeout(() => process.exit(1), 1000).unref();
});
