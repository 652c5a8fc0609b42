import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { RunningDynamoDb } from './running.js';

interface DynaliteOptions {
  path?: string;
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}

// dynalite is CommonJS and ships no types; this is the part of its API used here.
const dynalite = createRequire(import.meta.url)('dynalite') as (options: DynaliteOptions) => Server;

export interface DynaliteStartOptions {
  /** Keep the tables in LevelDB files in this folder (one server per folder); in memory if absent. */
  path?: string;
  /** Listen on this port of 127.0.0.1 instead of a free one. */
  port?: number;
}

/** Starts dynalite, a DynamoDB imitation on LevelDB, inside this process on 127.0.0.1. */
export async function startDynalite(options: DynaliteStartOptions = {}): Promise<RunningDynamoDb> {
  const path = options.path === undefined ? undefined : resolve(options.path);
  if (path !== undefined) await mkdir(path, { recursive: true });
  // Table status changes are instant, so waitUntilTableExists does not sit out its 20 s minimum.
  const server = dynalite({
    ...(path === undefined ? {} : { path }),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= new Promise<void>((resolveClose, reject) => {
      // dynalite's close() also closes the LevelDB store, releasing its lock on `path`.
      server.close((error) => (error ? reject(error) : resolveClose()));
      // The SDK keeps connections alive; close() alone would wait for them.
      server.closeAllConnections();
    }));

  return { endpoint: `http://127.0.0.1:${port}`, port, stop };
}
