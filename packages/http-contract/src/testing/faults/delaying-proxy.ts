import { connect, createServer, type Socket } from 'node:net';

/** A TCP proxy on 127.0.0.1 that holds back everything the upstream server sends. */
export interface DelayingProxy {
  /** `http://127.0.0.1:<port>`, to give the server under test as its store's endpoint. */
  readonly endpoint: string;
  /** From now on, each chunk from upstream is passed on this many milliseconds late. */
  setDelay(ms: number): void;
  stop(): Promise<void>;
}

/**
 * Starts a proxy on a free port of 127.0.0.1 that forwards connections to `upstream` (also on
 * 127.0.0.1) and delays the answers by {@link DelayingProxy.setDelay}: a store that still
 * accepts connections but answers slowly, or not in time. Chunks keep their order whatever the
 * delay.
 *
 * @example
 * const proxy = await startDelayingProxy({ port: 8000 });
 * proxy.setDelay(5_000); // DynamoDB answers five seconds late
 */
export const startDelayingProxy = async (upstream: { port: number }): Promise<DelayingProxy> => {
  let delayMs = 0;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    return socket;
  };

  const server = createServer((client) => {
    track(client);
    const store = track(connect({ host: '127.0.0.1', port: upstream.port }));
    let releaseAt = 0;
    store.on('data', (chunk: Buffer) => {
      // Each chunk leaves no earlier than the one before it, so a shorter delay can't reorder them.
      releaseAt = Math.max(Date.now() + delayMs, releaseAt);
      setTimeout(() => {
        if (!client.destroyed) client.write(chunk);
      }, releaseAt - Date.now());
    });
    client.on('data', (chunk: Buffer) => store.write(chunk));
    // The client goes at once; the store's side once what it sent before closing is passed on.
    const closeClient = () =>
      setTimeout(() => client.destroy(), Math.max(0, releaseAt - Date.now()));
    client.on('close', () => store.destroy());
    client.on('error', () => store.destroy());
    store.on('close', closeClient);
    store.on('error', closeClient);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');

  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    setDelay: (ms) => {
      delayMs = ms;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
};
