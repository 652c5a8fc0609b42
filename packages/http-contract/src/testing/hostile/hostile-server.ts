import type { HttpContractServer } from '../http-contract-server.js';

/** A server under the hostile suite: a contract server whose store the suite can read directly. */
export interface HostileServer extends HttpContractServer {
  /** Required here, so that the tokens for another issuer or audience are always tried. */
  readonly issuer: string;
  readonly audience: string;
  /** The server's request timeout, short enough to wait for in a test (a second or two). */
  readonly requestTimeoutMs: number;
  /**
   * Everything in the server's store, read directly (a table scan, not the API), in a stable
   * order: the suite compares it before and after requests that must change nothing.
   */
  readStore(): Promise<unknown>;
}

/** How the hostile suite gets its server: started once, stopped after its tests. */
export interface HostileTarget {
  start(): Promise<HostileServer>;
}
