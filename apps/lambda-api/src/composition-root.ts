import type { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  createDynamoDbClients,
  DynamoDbIdempotencyStore,
  DynamoDbTodoRepository,
  type DynamoDbClientSettings,
} from '@todo/adapter-dynamodb';
import { createTodoService } from '@todo/application';
import type { Clock, EventPublisher, IdGenerator, TodoUseCases } from '@todo/ports';
import { createLambdaLogger } from './lambda-logger.js';
import { logEventPublisher } from './log-event-publisher.js';
import { HandlerSettingsError, parseHandlerSettings, type HandlerSettings } from './settings.js';
import { uuidV7Ids } from './uuid-v7-ids.js';

/** What one handler runs on: the use cases and the logger, built once per container. */
export interface HandlerApplication {
  readonly todos: TodoUseCases;
  readonly logger: Logger;
  /** The DynamoDB client under the repository, for closing it and for instrumenting it in tests. */
  readonly dynamoDb: DynamoDBClient;
  /** Closes the DynamoDB clients; Lambda never needs to, the local server and tests do. */
  close(): void;
}

/** What the composition root takes besides the settings; all optional. */
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
 * The one place where adapters meet the use cases, wired by hand: the DynamoDB repository and
 * idempotency store, the system clock, UUIDv7 ids and events written to the log. Each handler module calls it once, at
 * module scope, so clients and connections are reused by every invocation of the container.
 *
 * @example
 * const application = composeHandlerApplication({ tableName: 'todos' });
 * await application.todos.getTodo({ ownerId, todoId });
 */
export const composeHandlerApplication = (
  settings: HandlerSettings,
  options: CompositionOptions = {},
): HandlerApplication => {
  const logger = createLambdaLogger(
    options.logLevel === undefined ? {} : { logLevel: options.logLevel },
  );
  const { client, documentClient } = createDynamoDbClients({
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    ...settings.timeouts,
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
  });
  const todos = createTodoService({
    repository: new DynamoDbTodoRepository({
      client: documentClient,
      tableName: settings.tableName,
    }),
    // Idempotency keys of creates live in the todo table, in their owner's partition.
    idempotency: new DynamoDbIdempotencyStore({
      client: documentClient,
      tableName: settings.tableName,
    }),
    events: options.events ?? logEventPublisher(logger),
    clock: options.clock ?? systemClock,
    ids: options.ids ?? uuidV7Ids,
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
export const handlerApplicationFromEnvironment = (
  env: Readonly<Record<string, string | undefined>> = process.env,
): HandlerApplication => {
  const settings = parseHandlerSettings(env);
  if (!settings.ok) throw new HandlerSettingsError(settings.error);
  return composeHandlerApplication(settings.value);
};
