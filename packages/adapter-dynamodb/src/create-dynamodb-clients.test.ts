import { createServer, type Server, type Socket } from 'node:net';
import { parseOwnerId, parseTodoId, type DomainError, type Result } from '@todo/domain';
import { StoreUnavailableError } from '@todo/ports';
import { afterEach, describe, expect, it } from 'vitest';
import { createDynamoDbClients, type DynamoDbClientSettings } from './create-dynamodb-clients.js';
import { DynamoDbTodoRepository } from './dynamodb-todo-repository.js';

const valid = <T>(result: Result<T, DomainError>): T => {
  if (!result.ok) throw new Error(`invalid fixture: ${result.error.code}`);
  return result.value;
};
const ownerId = valid(parseOwnerId('owner-1'));
const todoId = valid(parseTodoId('t-1'));
const placeholders = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
} as const;

/** A TCP server on 127.0.0.1 that accepts connections and never answers. */
const listenSilently = async (): Promise<{ server: Server; port: number; sockets: Socket[] }> => {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return { server, port: address.port, sockets };
};

/** A loopback port nothing listens on: taken from the OS, then released. */
const closedPort = async (): Promise<number> => {
  const { server, port } = await listenSilently();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

/** How a `get` through a repository on these settings fails, and how long it took. */
const failedGet = async (settings: DynamoDbClientSettings) => {
  const { client, documentClient } = createDynamoDbClients({ ...placeholders, ...settings });
  const repository = new DynamoDbTodoRepository({ client: documentClient, tableName: 'todos' });
  const started = performance.now();
  try {
    await repository.get(ownerId, todoId);
  } catch (error) {
    return { error, elapsedMs: performance.now() - started };
  } finally {
    client.destroy();
  }
  throw new Error('expected the read to fail');
};

describe('createDynamoDbClients', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it.each([
    ['requestTimeoutMs', { requestTimeoutMs: 0 }],
    ['connectionTimeoutMs', { connectionTimeoutMs: 1.5 }],
    ['maxAttempts', { maxAttempts: -1 }],
  ] as const)('refuses a %s that is not a positive whole number', (name, settings) => {
    expect(() => createDynamoDbClients(settings)).toThrow(new RegExp(`^${name} must be`));
  });

  it('makes a document client that drops undefined attributes', () => {
    const { documentClient, client } = createDynamoDbClients(placeholders);
    cleanups.push(() => client.destroy());

    expect(documentClient.config.translateConfig?.marshallOptions?.removeUndefinedValues).toBe(
      true,
    );
  });

  it('fails fast with store-unavailable when nothing listens on the endpoint', async () => {
    const port = await closedPort();

    const { error, elapsedMs } = await failedGet({ endpoint: `http://127.0.0.1:${port}` });

    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    expect(elapsedMs).toBeLessThan(5_000);
  });

  it('gives up on an endpoint that never answers after its attempts time out', async () => {
    const { server, port, sockets } = await listenSilently();
    cleanups.push(() => {
      for (const socket of sockets) socket.destroy();
      server.close();
    });

    const { error, elapsedMs } = await failedGet({
      endpoint: `http://127.0.0.1:${port}`,
      requestTimeoutMs: 300,
      maxAttempts: 2,
    });

    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({ cause: { name: 'TimeoutError' } });
    // Two attempts of 300 ms plus a backoff pause; far below the SDK's unbounded default.
    expect(elapsedMs).toBeGreaterThanOrEqual(600);
    expect(elapsedMs).toBeLessThan(3_000);
    expect(sockets.length).toBe(2);
  });
});
