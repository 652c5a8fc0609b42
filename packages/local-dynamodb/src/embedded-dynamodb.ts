import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { assertDataDirUnlocked } from './data-dir-lock.js';

/** A DynamoDB imitation running inside this process. */
export interface EmbeddedDynamoDb {
  /** Base URL for the AWS SDK's `endpoint` option, e.g. `http://127.0.0.1:41234`. */
  readonly endpoint: string;
  /** Stops the server and closes its LevelDB store, releasing the folder. Safe to call twice. */
  close(): Promise<void>;
}

/** Where the embedded store keeps its tables. */
export interface EmbeddedDynamoDbOptions {
  /** The folder of the LevelDB files; created when missing. One process per folder. */
  readonly dataDir: string;
}

interface DynaliteOptions {
  path: string;
  createTableMs: number;
  deleteTableMs: number;
  updateTableMs: number;
}

// dynalite is CommonJS and ships no types: this is the part of its API used here.
const loadDynalite = (): ((options: DynaliteOptions) => Server) =>
  createRequire(import.meta.url)('dynalite');

/**
 * Starts dynalite 4 in this process, listening on 127.0.0.1 on a free port, with its tables kept in
 * `dataDir`. Tables change state on dynalite's next turn (`createTableMs: 0`), within
 * milliseconds: a table waiter with a short `minDelay` returns at its first or second check,
 * without the SDK's 20-second default pause.
 *
 * Fails with {@link DataDirLockedError} when another process holds the folder.
 *
 * @example
 * const store = await startEmbeddedDynamoDb({ dataDir: '.data/dynamodb' });
 * const { documentClient } = createDynamoDbClients({ endpoint: store.endpoint });
 * // ...
 * await store.close();
 */
export const startEmbeddedDynamoDb = async (
  options: EmbeddedDynamoDbOptions,
): Promise<EmbeddedDynamoDb> => {
  const path = resolve(options.dataDir);
  await mkdir(path, { recursive: true });
  // dynalite opens LevelDB lazily and a lock failure then surfaces as an uncaught exception on the
  // first request; probing first turns it into an error the caller can report.
  await assertDataDirUnlocked(path);

  const server = loadDynalite()({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`dynalite reported an unexpected address: ${String(address)}`);
  }

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= new Promise<void>((resolveClose, reject) => {
      // dynalite's close() also closes the LevelDB store, which releases the folder's lock.
      server.close((error) => (error ? reject(error) : resolveClose()));
      // The AWS SDK keeps connections alive; close() alone would wait for them to time out.
      server.closeAllConnections();
    }));

  return { endpoint: `http://127.0.0.1:${address.port}`, close };
};
