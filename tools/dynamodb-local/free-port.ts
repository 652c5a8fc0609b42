import { createServer } from 'node:net';

/**
 * Asks the OS for a port that is free on 127.0.0.1 right now. Another process can still take it
 * before the caller binds it, so callers retry on a bind failure.
 */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error(`Unexpected address for a TCP server: ${String(address)}`));
      });
    });
  });
}
