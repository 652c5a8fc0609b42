import { developmentModeBanner, developmentSubject, signHs256Token } from '@todo/http-contract';
import { createLambdaLogger } from '../lambda-logger.js';
import { describeLocalSettingErrors, parseLocalServerSettings } from './local-settings.js';
import { startLocalServer } from './local-server.js';

// If closing hangs (a stuck store call), give up rather than linger half-closed.
const shutdownTimeoutMs = 10_000;

const main = async (): Promise<void> => {
  const settings = parseLocalServerSettings(process.env);
  if (!settings.ok) {
    process.stderr.write(`${describeLocalSettingErrors(settings.error)}\n`);
    process.exitCode = 1;
    return;
  }
  const { port, store, auth } = settings.value;
  const logger = createLambdaLogger();

  const server = await startLocalServer({ port, store, auth });

  let closing = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    logger.info('shutting down', { signal });
    setTimeout(() => {
      logger.error('shutdown timed out', { timeoutMs: shutdownTimeoutMs });
      process.exit(1);
    }, shutdownTimeoutMs).unref();
    await server.stop();
    process.exitCode = 0;
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.on('SIGINT', (signal) => void shutdown(signal));

  logger.info('lambda-api local server ready', {
    baseUrl: server.baseUrl,
    store: store.kind,
    authMode: auth.mode,
  });
  if (auth.mode === 'development') {
    process.stderr.write(
      developmentModeBanner({
        baseUrl: server.baseUrl,
        token: signHs256Token(auth.secret, { sub: developmentSubject }),
      }),
    );
  }
};

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`The lambda-api local server failed to start: ${message}\n`);
  process.exitCode = 1;
  // Whatever started (an embedded store, a listening socket) must not keep the process alive.
  setTimeout(() => process.exit(1), 1000).unref();
});
