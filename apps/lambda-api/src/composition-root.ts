import type { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  createDynamoDbClients,
  type DynamoDbClientSettings,
  type DynamoDbTodoRepositoryOptions,
} from '@todo/adapter-dynamodb';
import type { Clock, EventPublisher, IdGenerator, TodoUseCases } from '@todo/ports';
import { createLambdaLogger } from './lambda-logger.js';
import { logEventPublisher } from './log-event-publisher.js';
import { HandlerSettingsError, parseHandlerSettings, type HandlerSettings } from './settings.js';

/** What one handler runs on: its use cases and the logger, built once per container. */
export interface HandlerApplication<UseCases = TodoUseCases> {
  readonly todos: UseCases;
  readonly logger: Logger;
  /** The DynamoDB client under the repository, for closing it and for instrumenting it in tests. */
  readonly dynamoDb: DynamoDBClient;
  /** Closes the DynamoDB clients; Lambda never needs to, the local server and tests do. */
  close(): void;
}

/**
 * What the composition root makes for every handler; a wiring builds use cases from it. The todo
 * table is handed over as the repository's options rather than as a repository, so each wiring
 * builds only the repository operations its use case calls.
 */
export interface HandlerPorts {
  readonly todoTable: DynamoDbTodoRepositoryOptions;
  readonly events: EventPublisher;
  readonly clock: Clock;
  /** For another adapter on the same table (the create handler's idempotency store). */
  readonly documentClient: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Ids chosen by the caller (tests); a wiring that makes ids has its own default. */
  readonly ids?: IdGenerator;
}

/**
 * Builds the use cases one handler calls from the ports (see `handler-wiring.ts`). It is the
 * handler module that picks its wiring, so a bundle carries only the use cases and adapters its
 * route needs.
 */
export type UseCaseWiring<UseCases> = (ports: HandlerPorts) => UseCases;

/** What the composition root takes besides the settings and the wiring; all optional. */
export interface CompositionOptions {
  /** Overrides the SDK's region lookup (`AWS_REGION`, which Lambda sets). */
  readonly region?: string;
  /** Overrides the SDK's credential chain, e.g. placeholders for a local DynamoDB. */
  readonly credentials?: DynamoDbClientSettings['credentials'];
  readonly logLevel?: LogLevel;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /** Replaces the log publisher, e.g. with one that records events for a test. */
  readonly events?: EventPublisher;
}

const systemClock: Clock = { now: () => new Date() };

/**
 * The one place where adapters meet the use cases, wired by hand: the DynamoDB clients and
 * the todo table, the system clock and events written to the log, then the use cases `wiring`
 * builds from them. Each handler module calls it once, at module scope, so clients and
 * connections are reused by every invocation of the container.
 *
 * @example
 * const application = composeHandlerApplication({ tableName: 'todos' }, getTodoWiring);
 * await application.todos.getTodo({ ownerId, todoId });
 */
export const composeHandlerApplication = <UseCases>(
  settings: HandlerSettings,
  wiring: UseCaseWiring<UseCases>,
  options: CompositionOptions = {},
): HandlerApplication<UseCases> => {
  const logger = createLambdaLogger(
    options.logLevel === undefined ? {} : { logLevel: options.logLevel },
  );
  const { client, documentClient } = createDynamoDbClients({
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    ...settings.timeouts,
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
  });
  const todos = wiring({
    todoTable: { client: documentClient, tableName: settings.tableName },
    events: options.events ?? logEventPublisher(logger),
    clock: options.clock ?? systemClock,
    documentClient,
    tableName: settings.tableName,
    ...(options.ids === undefined ? {} : { ids: options.ids }),
  });

  return {
    todos,
    logger,
    dynamoDb: client,
    close() {
      documentClient.destroy();
      client.destroy();
    },
  };
};

/**
 * The application from the function's environment: throws {@link HandlerSettingsError}, naming
 * each wrong variable, when `TODO_TABLE_NAME` is missing or a value is malformed. Called at
 * module scope, so a misconfigured function fails at init rather than on its first request.
 */
export const handlerApplicationFromEnvironment = <UseCases>(
  wiring: UseCaseWiring<UseCases>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): HandlerApplication<UseCases> => {
  const settings = parseHandlerSettings(env);
  if (!settings.ok) throw new HandlerSettingsError(settings.error);
  return composeHandlerApplication(settings.value, wiring);
};
