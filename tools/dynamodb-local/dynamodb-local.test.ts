import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, isIPv4 } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startDynalite } from './dynalite.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import type * as FreePort from './free-port.js';
import { startTestDynamoDb } from './index.js';
import { jdkAvailable } from './java.js';
import {
  createTable,
  getItem,
  putItem,
  roundTrip,
  sampleItem,
  withClient,
} from './test-support/round-trip.js';
import {
  accepts,
  externalAddresses,
  listeningAddresses,
  processExists,
} from './test-support/sockets.js';

// Lets a test hand startDynamoDbLocal a port that is already taken, to exercise its retry.
const portsToHandOut = vi.hoisted((): number[] => []);
vi.mock('./free-port.js', async (importOriginal) => {
  const original = await importOriginal<typeof FreePort>();
  return { freeLoopbackPort: async () => portsToHandOut.shift() ?? original.freeLoopbackPort() };
});

const temporaryDirs: string[] = [];
const temporaryDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'tool-dynamodb-local-'));
  temporaryDirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const listen = (host: string): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => resolve(server));
  });
const portOf = (server: Server): number => {
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('not listening on TCP');
  return address.port;
};
const close = (server: Server): Promise<void> =>
  new Promise((resolve) => server.close(() => resolve()));

async function expectLoopbackOnly(port: number): Promise<void> {
  expect(await accepts('127.0.0.1', port)).toBe(true);
  const listening = await listeningAddresses(port);
  if (listening !== undefined) expect(listening).toEqual(['127.0.0.1']);
  for (const address of externalAddresses()) {
    expect(await accepts(address, port), `reachable on ${address}:${port}`).toBe(false);
  }
}

describe('the loopback check', () => {
  it('notices a server that listens on every interface', async () => {
    const everywhere = await listen('0.0.0.0');
    try {
      const port = portOf(everywhere);
      const listening = await listeningAddresses(port);
      if (listening !== undefined) expect(listening).toEqual(['0.0.0.0']);
      for (const address of externalAddresses().filter((address) => isIPv4(address))) {
        expect(await accepts(address, port), `reachable on ${address}:${port}`).toBe(true);
      }
    } finally {
      await close(everywhere);
    }
  });
});

if (await jdkAvailable()) {
  describe('startDynamoDbLocal', () => {
    it('serves DynamoDB on 127.0.0.1 only, skips a taken port and leaves no process', async () => {
      const squatter = await listen('127.0.0.1');
      portsToHandOut.push(portOf(squatter));
      const server = await startDynamoDbLocal();
      try {
        expect(portsToHandOut).toEqual([]); // it was offered the taken port, and moved on
        expect(server.port).not.toBe(portOf(squatter));
        expect(server.endpoint).toBe(`http://127.0.0.1:${server.port}`);
        expect(await roundTrip(server.endpoint)).toEqual(sampleItem);
        await expectLoopbackOnly(server.port);
      } finally {
        await server.stop();
        await close(squatter);
      }
      expect(processExists(server.pid)).toBe(false);
      expect(await accepts('127.0.0.1', server.port)).toBe(false);
      await server.stop(); // a second stop is harmless
    });

    it('keeps tables in dbPath across a restart, shared by every access key and region', async () => {
      const dbPath = await temporaryDir();
      const first = await startDynamoDbLocal({ dbPath });
      let table: string;
      try {
        table = await withClient(first.endpoint, async (client) => {
          const name = await createTable(client);
          await putItem(client, name, sampleItem);
          return name;
        });
      } finally {
        await first.stop();
      }

      const second = await startDynamoDbLocal({ dbPath });
      const otherAccount = new DynamoDBClient({
        endpoint: second.endpoint,
        region: 'eu-west-1',
        credentials: { accessKeyId: 'other', secretAccessKey: 'other' },
      });
      try {
        expect(await getItem(otherAccount, table, 'todo#1')).toEqual(sampleItem);
      } finally {
        otherAccount.destroy();
        await second.stop();
      }
    });

    it('rejects contradictory storage options before starting anything', async () => {
      await expect(startDynamoDbLocal({ inMemory: true, dbPath: 'x' })).rejects.toThrow(TypeError);
      await expect(startDynamoDbLocal({ inMemory: false })).rejects.toThrow(/needs a dbPath/);
    });
  });
} else {
  describe('startTestDynamoDb without a JDK', () => {
    it('runs the tests on dynalite instead of DynamoDB Local', async () => {
      vi.stubEnv('CI', '');
      vi.stubEnv('TODO_TEST_DYNAMODB', '');
      const server = await startTestDynamoDb();
      try {
        expect(server.kind).toBe('dynalite');
        expect(await roundTrip(server.endpoint)).toEqual(sampleItem);
      } finally {
        await server.stop();
        vi.unstubAllEnvs();
      }
    });
  });
}

describe('startDynalite', () => {
  it('serves DynamoDB on 127.0.0.1 only and stops', async () => {
    const server = await startDynalite();
    try {
      expect(await roundTrip(server.endpoint)).toEqual(sampleItem);
      await expectLoopbackOnly(server.port);
    } finally {
      await server.stop();
    }
    expect(await accepts('127.0.0.1', server.port)).toBe(false);
  });

  it('keeps tables in path across a restart, so stop releases the LevelDB lock', async () => {
    const path = await temporaryDir();
    const first = await startDynalite({ path });
    let table: string;
    try {
      table = await withClient(first.endpoint, async (client) => {
        const name = await createTable(client);
        await putItem(client, name, sampleItem);
        return name;
      });
    } finally {
      await first.stop();
    }

    const second = await startDynalite({ path });
    try {
      expect(
        await withClient(second.endpoint, (client) => getItem(client, table, 'todo#1')),
      ).toEqual(sampleItem);
    } finally {
      await second.stop();
    }
  });
});
