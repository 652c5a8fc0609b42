export { describeHttpContract } from './describe-http-contract.js';
export type {
  HttpContractServer,
  HttpContractTarget,
  PublishedEvent,
  TestTokenClaims,
} from './http-contract-server.js';
export { send, type ContractRequest, type ContractResponse } from './http-client.js';
export { nowInSeconds, unsignedToken, withBadSignature } from './test-tokens.js';
export { hs256TestSigner, type TestSigner } from './hs256-test-signer.js';
export {
  describeHostileRequests,
  type HostileRequestsOptions,
} from './hostile/describe-hostile-requests.js';
export type { HostileServer, HostileTarget } from './hostile/hostile-server.js';
export { sendRawRequest, type RawRequest, type RawResponse } from './hostile/raw-http-exchange.js';
export {
  describeJwksAuthentication,
  type JwksServer,
  type JwksTarget,
} from './hostile/describe-jwks-authentication.js';
export {
  startJwksIssuer,
  type JwksIssuer,
  type JwksSigningKey,
  type JwksTokenClaims,
} from './hostile/jwks-issuer.js';
export {
  describeStoreFaults,
  type KillableStore,
  type StoreFaultsTarget,
} from './faults/describe-store-faults.js';
export { startDelayingProxy, type DelayingProxy } from './faults/delaying-proxy.js';
export {
  startRequestLoad,
  timedRequest,
  type LoadRecord,
  type RequestLoad,
} from './faults/request-load.js';
export {
  shutDownUnderLoad,
  type ShutdownUnderLoad,
  type StoppableProcess,
} from './faults/shutdown-under-load.js';
export {
  describeIdempotencyExpiry,
  type IdempotencyExpiryServer,
  type IdempotencyExpiryTarget,
} from './describe-idempotency-expiry.js';
