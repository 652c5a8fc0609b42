import { createSigner } from 'fast-jwt';
import type { HttpContractServer, TestTokenClaims } from './http-contract-server.js';
import { nowInSeconds } from './test-tokens.js';

/** The token half of an {@link HttpContractServer}, for a server that checks HS256 tokens. */
export type TestSigner = Pick<
  HttpContractServer,
  'tokenFor' | 'signClaims' | 'issuer' | 'audience'
>;

/**
 * Signs test tokens with the secret a server under test was given, with the issuer and audience
 * it requires (if any). Tokens from `tokenFor` last ten minutes.
 *
 * @example
 * const signer = hs256TestSigner({ secret, issuer: 'https://issuer.test', audience: 'todo-api' });
 * return { baseUrl, ...signer, stop };
 */
export const hs256TestSigner = (options: {
  readonly secret: string;
  readonly issuer?: string;
  readonly audience?: string;
}): TestSigner => {
  const sign = createSigner({ key: options.secret, algorithm: 'HS256' });
  const signClaims = (claims: TestTokenClaims) => sign({ ...claims });

  return {
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
    ...(options.audience === undefined ? {} : { audience: options.audience }),
    signClaims,
    tokenFor: (ownerId) =>
      signClaims({
        sub: ownerId,
        iat: nowInSeconds(),
        exp: nowInSeconds() + 600,
        ...(options.issuer === undefined ? {} : { iss: options.issuer }),
        ...(options.audience === undefined ? {} : { aud: options.audience }),
      }),
  };
};
