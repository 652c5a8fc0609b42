import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

/** How to log. */
export interface LoggerOptions {
  readonly level: string;
  /** Human-readable lines instead of JSON; `main.ts` turns it on when stdout is a terminal. */
  readonly pretty: boolean;
  /** Where lines go; standard output by default. Tests pass a stream they read back. */
  readonly destination?: DestinationStream;
}

/**
 * The app's pino logger: JSON lines with ISO times, or pretty lines for a terminal. The
 * `authorization` header is redacted in case a request object is ever logged whole.
 */
export const createLogger = (options: LoggerOptions): Logger => {
  const destination =
    options.destination ??
    (options.pretty
      ? pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
      : pino.destination(1));
  return pino(
    {
      level: options.level,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['req.headers.authorization', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
};
