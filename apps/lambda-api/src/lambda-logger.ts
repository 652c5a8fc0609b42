import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';

/** The service name in every log line, unless `POWERTOOLS_SERVICE_NAME` says otherwise. */
export const defaultServiceName = 'todo-api';

/** How to log; Powertools reads the rest (`POWERTOOLS_LOG_LEVEL`, `AWS_LAMBDA_LOG_LEVEL`). */
export interface LambdaLoggerOptions {
  /** Overrides the level from the environment; tests and the local server use it. */
  readonly logLevel?: LogLevel;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * A Powertools logger: JSON lines with the level, message, timestamp, service and, once
 * `addContext` ran for an invocation, the function's name and request id and `cold_start`.
 *
 * @example
 * const logger = createLambdaLogger();
 * logger.addContext(context);
 * logger.info('request completed', { requestId, statusCode: 200 });
 */
export const createLambdaLogger = (options: LambdaLoggerOptions = {}): Logger => {
  const env = options.env ?? process.env;
  // Powertools prefers its constructor option to POWERTOOLS_SERVICE_NAME, so only a default is
  // passed: the environment still wins, as Powertools users expect.
  const serviceName = env['POWERTOOLS_SERVICE_NAME'] === undefined ? defaultServiceName : undefined;
  return new Logger({
    ...(serviceName === undefined ? {} : { serviceName }),
    ...(options.logLevel === undefined ? {} : { logLevel: options.logLevel }),
  });
};
