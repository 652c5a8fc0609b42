import {
  createDynamoDbClients,
  DynamoDbIdempotencyStore,
  DynamoDbStoreHealth,
  DynamoDbTodoRepository,
  ensureTodoTable,
  type DynamoDbClientSettings,
} from '@todo/adapter-dynamodb';
import {
  InMemoryIdempotencyStore,
  InMemoryStoreHealth,
  InMemoryTodoRepository,
} from '@todo/adapter-memory';
import { createTodoService } from '@todo/application';
import { startEmbeddedDynamoDb } from '@todo/local-dynamodb';
import type {
  Clock,
  EventPublisher,
  IdempotencyStore,
  IdGenerator,
  StoreHealth,
  TodoRepository,
  TodoUseCases,
} from '@todo/ports';
import type { StoreSettings } from './settings.js';
import { uuidV7Ids } from './uuid-v7-ids.js';

/** The wired core: the use cases, the store's health, and how to let go of the store. */
export interface Application {
  readonly todos: TodoUseCases;
  readonly health: StoreHealth;
  /** Closes the store's connections (and the embedded store). Call after the server closed. */
  close(): Promise<void>;
}

/** What the composition root needs besides the store settings. */
export interface CompositionOptions {
  /** Where domain events go. */
  readonly events: EventPublisher;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /** Overrides the SDK's credential chain, e.g. placeholders for a local DynamoDB. */
  readonly dynamoDbCredentials?: DynamoDbClientSettings['credentials'];
}

/** The table the local store keeps todos in. */
export const localTableName = 'todos';

const systemClock: Clock = { now: () => new Date() };

interface Store {
  readonly repository: TodoRepository;
  /** Idempotency keys of creates, in the same store as the todos. */
  readonly idempotency: IdempotencyStore;
  readonly health: StoreHealth;
  close(): Promise<void>;
}

const dynamoDbStore = async (
  settings: DynamoDbClientSettings,
  tableName: string,
  createTable: boolean,
): Promise<Store> => {
  const { client, documentClient } = createDynamoDbClients(settings);
  if (createTable) await ensureTodoTable(client, tableName);
  return {
    repository: new DynamoDbTodoRepository({ client: documentClient, tableName }),
    idempotency: new DynamoDbIdempotencyStore({ client: documentClient, tableName }),
    health: new DynamoDbStoreHealth({ client, tableName }),
    close: async () => {
      documentClient.destroy();
      client.destroy();
    },
  };
};

const openStore = async (settings: StoreSettings, options: CompositionOptions): Promise<Store> => {
  switch (settings.kind) {
    case 'memory':
      return {
        repository: new InMemoryTodoRepository(),
        idempotency: new InMemoryIdempotencyStore(),
        health: new InMemoryStoreHealth(),
        close: async () => undefined,
      };
    case 'local': {
      const embedded = await startEmbeddedDynamoDb({ dataDir: settings.dataDir });
      try {
        const store = await dynamoDbStore(
          {
            endpoint: embedded.endpoint,
            region: 'local',
            // dynalite accepts any credentials; fixed ones keep the SDK from looking for real ones.
            credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
          },
          localTableName,
          true,
        );
        return {
          ...store,
          close: async () => {
            await store.close();
            await embedded.close();
          },
        };
      } catch (error) {
        await embedded.close();
        throw error;
      }
    }
    case 'dynamodb':
      return dynamoDbStore(
        {
          ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
          ...(settings.region === undefined ? {} : { region: settings.region }),
          ...settings.timeouts,
          ...(options.dynamoDbCredentials === undefined
            ? {}
            : { credentials: options.dynamoDbCredentials }),
        },
        settings.tableName,
        settings.createTable,
      );
  }
};

/**
 * The one place where adapters meet the use cases, wired by hand: the store chosen by
 * `TODO_STORE` (todos and idempotency keys), the system clock, UUIDv7 ids and the given event
 * publisher.
 *
 * @example
 * const application = await composeApplication({ kind: 'memory' }, { events });
 * const server = await buildServer({ ...application, verifier, logger, corsOrigins: [] });
 */
export const composeApplication = async (
  settings: StoreSettings,
  options: CompositionOptions,
): Promise<Application> => {
  const store = await openStore(settings, options);
  const todos = createTodoService({
    repository: store.repository,
    idempotency: store.idempotency,
    events: options.events,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? uuidV7Ids,
  });
  return { todos, health: store.health, close: store.close };
};
