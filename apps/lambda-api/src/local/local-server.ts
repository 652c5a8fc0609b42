import type { LogLevel } from '@aws-lambda-powertools/logger/types';
import type { DynamoDbClientSettings } from '@todo/adapter-dynamodb';
import {
  answerClientError,
  createTokenVerifier,
  requestTimeoutMs,
  type AuthSettings,
} from '@todo/http-contract';
import type { Clock, EventPublisher } from '@todo/ports';
import { createServer } from 'node:http';
import { composeHandlerApplication, type HandlerApplication } from '../composition-root.js';
import { handlerRoutes, type HandlerName } from '../handler-names.js';
import { allUseCasesWiring } from '../handler-wiring.js';
import { createLambdaLogger } from '../lambda-logger.js';
import { createTodoRouteHandler } from '../todo-route-handler.js';
import {
  createLocalGateway,
  type LocalFunction,
  type LocalGatewayOptions,
} from './local-gateway.js';
import type { LocalStoreSettings } from './local-settings.js';
import { openLocalStore } from './local-store.js';

/** How to start the local server. */
export interface LocalServerOptions {
  /** On 127.0.0.1; 0 picks a free port. */
  readonly port: number;
  readonly store: LocalStoreSettings;
  readonly auth: AuthSettings;
  /** For a `dynamodb` store: overrides the SDK's credential chain (tests pass placeholders). */
  readonly credentials?: DynamoDbClientSettings['credentials'];
  /** The level of every logger; Powertools' environment variables decide when absent. */
  readonly logLevel?: LogLevel;
  /** How long a request may take to arrive in full before a 408; the contract's 10 s default. */
  readonly requestTimeoutMs?: number;
  /** For tests: replaces every handler's clock (system time) and event publisher (the log). */
  readonly clock?: Clock;
  readonly events?: EventPublisher;
}

/** A running local server. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly baseUrl: string;
  /**
   * Stops listening, lets the requests in flight finish (each answer then closes its
   * connection), closes idle connections and then the store.
   */
  stop(): Promise<void>;
}

/**
 * Starts the handlers behind a local stand-in for API Gateway, on 127.0.0.1. Each handler is
 * composed on its own, as in its own Lambda container (its own clients, its own logger and
 * cold start), over the store `options.store` names.
 *
 * @example
 * const server = await startLocalServer({ port: 3001, store: { kind: 'local', dataDir }, auth });
 */
export const startLocalServer = async (options: LocalServerOptions): Promise<LocalServer> => {
  // Lambda sets this for on-demand functions, and Powertools reports `cold_start` only where it
  // is set; the local server stands in for Lambda, so it says the same.
  process.env['AWS_LAMBDA_INITIALIZATION_TYPE'] ??= 'on-demand';
  const store = await openLocalStore(options.store, options.credentials);
  const composition = {
    ...(store.region === undefined ? {} : { region: store.region }),
    ...(store.credentials === undefined ? {} : { credentials: store.credentials }),
    ...(options.logLevel === undefined ? {} : { logLevel: options.logLevel }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.events === undefined ? {} : { events: options.events }),
  };
  const applications: HandlerApplication[] = [];
  const functionFor = (name: HandlerName): LocalFunction => {
    const application = composeHandlerApplication(
      store.handlerSettings,
      allUseCasesWiring,
      composition,
    );
    applications.push(application);
    return {
      functionName: name,
      handler: createTodoRouteHandler(handlerRoutes[name], application),
    };
  };
  const functions: LocalGatewayOptions['functions'] = {
    createTodo: functionFor('create-todo'),
    getTodo: functionFor('get-todo'),
    listTodos: functionFor('list-todos'),
    updateTodo: functionFor('update-todo'),
    deleteTodo: functionFor('delete-todo'),
  };

  const gateway = createLocalGateway({
    functions,
    verifier: createTokenVerifier(options.auth),
    health: store.health,
    logger: createLambdaLogger(
      options.logLevel === undefined ? {} : { logLevel: options.logLevel },
    ),
  });
  let stopping = false;
  let inFlight = 0;
  const server = createServer(
    {
      // Node answers a missing Host with a bare 400; the gateway answers it as problem+json.
      requireHostHeader: false,
      requestTimeout: options.requestTimeoutMs ?? requestTimeoutMs,
      // Node checks the request timeout this often (30 s by default).
      connectionsCheckingInterval: 1_000,
    },
    (request, response) => {
      inFlight += 1;
      response.once('close', () => {
        inFlight -= 1;
        // The last answer of a stop: what is left open is idle, and close() waits for it.
        if (stopping && inFlight === 0) server.closeIdleConnections();
      });
      if (stopping) response.setHeader('connection', 'close');
      void gateway(request, response);
    },
  );
  // Requests Node's parser refuses are answered as problem+json, not Node's bare 400 or 431.
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      stopping = true;
      // close() stops accepting and closes idle connections; requests in flight are answered.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if (inFlight === 0) server.closeIdleConnections();
      });
      for (const application of applications) application.close();
      await store.close();
    },
  };
};
