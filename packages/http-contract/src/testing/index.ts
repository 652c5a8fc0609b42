export { describeHttpContract } from './describe-http-contract.js';
export type {
  HttpContractServer,
  HttpContractTarget,
  TestTokenClaims,
} from './http-contract-server.js';
export { send, type ContractRequest, type ContractResponse } from './http-client.js';
export { nowInSeconds, unsignedToken, withBadSignature } from './test-tokens.js';
export { hs256TestSigner, type TestSigner } from './hs256-test-signer.js';
