import {
  createDynamoDbClients,
  DynamoDbStoreHealth,
  ensureTodoTable,
  type DynamoDbClientSettings,
} from '@todo/adapter-dynamodb';
import { startEmbeddedDynamoDb } from '@todo/local-dynamodb';
import type { StoreHealth } from '@todo/ports';
import type { HandlerSettings } from '../settings.js';
import type { LocalStoreSettings } from './local-settings.js';

/** The table the embedded store keeps todos in. */
export const localTableName = 'todos';

/** A store the local server's handlers can reach, as a Lambda function would reach its table. */
export interface LocalStore {
  /** What each handler is composed with: the table, and the endpoint when it is not AWS. */
  readonly handlerSettings: HandlerSettings;
  readonly region?: string;
  readonly credentials?: DynamoDbClientSettings['credentials'];
  /** For `/ready`: one `DescribeTable`. */
  readonly health: StoreHealth;
  /** Closes the health check's client, and stops the embedded store if there is one. */
  close(): Promise<void>;
}

const openTable = async (
  clientSettings: DynamoDbClientSettings,
  tableName: string,
  createTable: boolean,
): Promise<Pick<LocalStore, 'health' | 'close'>> => {
  const { client } = createDynamoDbClients(clientSettings);
  try {
    if (createTable) await ensureTodoTable(client, tableName);
  } catch (error) {
    client.destroy();
    throw error;
  }
  return {
    health: new DynamoDbStoreHealth({ client, tableName }),
    close: async () => client.destroy(),
  };
};

/**
 * Opens the store `settings` name: the embedded dynalite (started here, table created on first
 * run), or a DynamoDB table, created only when `createTable` says so.
 *
 * @example
 * const store = await openLocalStore({ kind: 'local', dataDir: '.data/lambda-api' });
 */
export const openLocalStore = async (
  settings: LocalStoreSettings,
  credentials?: DynamoDbClientSettings['credentials'],
): Promise<LocalStore> => {
  if (settings.kind === 'dynamodb') {
    const clientSettings: DynamoDbClientSettings = {
      ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
      ...settings.timeouts,
      ...(settings.region === undefined ? {} : { region: settings.region }),
      ...(credentials === undefined ? {} : { credentials }),
    };
    const table = await openTable(clientSettings, settings.tableName, settings.createTable);
    return {
      handlerSettings: {
        tableName: settings.tableName,
        ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
        ...(settings.timeouts === undefined ? {} : { timeouts: settings.timeouts }),
      },
      ...(settings.region === undefined ? {} : { region: settings.region }),
      ...(credentials === undefined ? {} : { credentials }),
      ...table,
    };
  }

  const embedded = await startEmbeddedDynamoDb({ dataDir: settings.dataDir });
  // dynalite accepts any credentials; fixed ones keep the SDK from looking for real ones.
  const local = { accessKeyId: 'local', secretAccessKey: 'local' };
  try {
    const table = await openTable(
      { endpoint: embedded.endpoint, region: 'local', credentials: local },
      localTableName,
      true,
    );
    return {
      handlerSettings: { tableName: localTableName, endpoint: embedded.endpoint },
      region: 'local',
      credentials: local,
      health: table.health,
      close: async () => {
        await table.close();
        await embedded.close();
      },
    };
  } catch (error) {
    await embedded.close();
    throw error;
  }
};
