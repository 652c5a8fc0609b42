import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions, LogFn } from 'pino';

const logMethods = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/**
 * `request.log`: the root logger bound to the request id, made the first time something logs
 * through it. Fastify makes a pino child for every request, and pino writes the child's bindings
 * out as JSON when it makes it: about a microsecond of each request's CPU (BENCHMARKS.md). Almost
 * no request needs one here. The request log line goes through the root logger
 * (request-logging.ts); `request.log` only speaks for refused credentials (at debug) and for
 * unexpected errors, and what it writes is what the pino child would have written.
 */
class RequestLogger implements FastifyBaseLogger {
  // Set on the prototype below: each forwards its arguments as they are, so pino's overloads
  // (merging object, message, interpolation values) all hold.
  declare fatal: LogFn;
  declare error: LogFn;
  declare warn: LogFn;
  declare info: LogFn;
  declare debug: LogFn;
  declare trace: LogFn;
  declare silent: LogFn;

  readonly #parent: FastifyBaseLogger;
  readonly #bindings: Bindings;
  readonly #options: ChildLoggerOptions;
  #child: FastifyBaseLogger | undefined;

  constructor(parent: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions) {
    this.#parent = parent;
    this.#bindings = bindings;
    this.#options = options;
  }

  get level(): string {
    return this.#child?.level ?? this.#options.level ?? this.#parent.level;
  }

  set level(level: string) {
    this.#made().level = level;
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#made().child(bindings, options);
  }

  #made(): FastifyBaseLogger {
    this.#child ??= this.#parent.child(this.#bindings, this.#options);
    return this.#child;
  }

  static {
    for (const method of logMethods) {
      Object.defineProperty(this.prototype, method, {
        value: function log(this: RequestLogger, ...args: unknown[]): void {
          const child = this.#made();
          Reflect.apply(child[method], child, args);
        },
      });
    }
    // Like pino's own `silent`: writes nothing, whatever it is given.
    Object.defineProperty(this.prototype, 'silent', { value: () => undefined });
  }
}

/** Fastify's `childLoggerFactory`: each request gets a {@link RequestLogger}. */
export const lazyRequestLoggerFactory = (
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger => new RequestLogger(logger, bindings, options);
