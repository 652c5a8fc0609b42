import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

/** How to log. */
export interface LoggerOptions {
  readonly level: string;
  /** Human-readable lines instead of JSON; `main.ts` turns it on when stdout is a terminal. */
  readonly pretty: boolean;
  /**
   * Standard output only: gather up to this many bytes of lines before each write; 0 (the
   * default) writes each line as it comes. See {@link createLogger}.
   */
  readonly bufferBytes?: number;
  /** Where lines go; standard output by default. Tests pass a stream they read back. */
  readonly destination?: DestinationStream;
}

// While lines are buffered, the longest a quiet server keeps one before writing it.
const bufferFlushIntervalMs = 1_000;

const standardOutput = (bufferBytes: number): DestinationStream =>
  bufferBytes === 0
    ? pino.destination(1)
    : // One write (and one hand-off to libuv's thread pool) per `bufferBytes` of lines instead of
      // per line: the request log's largest cost under load. pino's exit hook writes what is left
      // when the process exits, by `process.exit`, an uncaught error or an empty event loop; a
      // SIGKILL loses it.
      pino.destination({
        dest: 1,
        minLength: bufferBytes,
        sync: false,
        periodicFlush: bufferFlushIntervalMs,
      });

/**
 * The app's pino logger: JSON lines with ISO times, or pretty lines for a terminal. The
 * `authorization` header is redacted in case a request object is ever logged whole.
 *
 * With `bufferBytes`, lines to standard output are written in batches: when that many bytes are
 * waiting, at least once a second, on `logger.flush()`, and when the process exits.
 */
export const createLogger = (options: LoggerOptions): Logger => {
  const destination =
    options.destination ??
    (options.pretty
      ? pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
      : standardOutput(options.bufferBytes ?? 0));
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
