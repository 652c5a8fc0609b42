/** Claims for a test token; the harness signs exactly these with the server's key. */
export interface TestTokenClaims {
  readonly sub?: string;
  readonly iss?: string;
  readonly aud?: string;
  /** Seconds since the epoch. */
  readonly exp?: number;
  readonly iat?: number;
  /** Not before: seconds since the epoch. */
  readonly nbf?: number;
}

/** A domain event as the suite checks it: which todo, what happened, at which version. */
export interface PublishedEvent {
  readonly type: string;
  readonly todoId: string;
  readonly version: number;
}

/** A running server under test, as {@link describeHttpContract}'s `start` returns it. */
export interface HttpContractServer {
  /** Where the server listens, without a trailing slash: `http://127.0.0.1:41234`. */
  readonly baseUrl: string;
  /** A token the server accepts for `ownerId`. */
  tokenFor(ownerId: string): Promise<string> | string;
  /**
   * Signs `claims` as they are with the key the server trusts, so the suite can make expired
   * tokens, tokens without a subject, and tokens for another issuer or audience.
   */
  signClaims(claims: TestTokenClaims): Promise<string> | string;
  /** The issuer the server requires, when it requires one; tokens for another must get a 401. */
  readonly issuer?: string;
  /** The audience the server requires, when it requires one. */
  readonly audience?: string;
  /**
   * Every domain event the server has published so far, when the harness can see them (an
   * in-process recording publisher). The concurrency case then also checks the events.
   */
  publishedEvents?(): readonly PublishedEvent[];
  /** Stops the server and releases what it holds. */
  stop(): Promise<void>;
}

/** How the suite gets a server: started once before its tests, stopped after them. */
export interface HttpContractTarget {
  start(): Promise<HttpContractServer>;
}
