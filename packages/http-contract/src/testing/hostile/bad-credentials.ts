import { createSigner } from 'fast-jwt';
import { randomBytes } from 'node:crypto';
import type { HttpContractServer, TestTokenClaims } from '../http-contract-server.js';
import { nowInSeconds, unsignedToken, withBadSignature } from '../test-tokens.js';
import type { BadCredential } from './hostile-world.js';

/** One way to present a credential the server must refuse. */
export interface BadCredentialCase {
  readonly kind: string;
  readonly code: BadCredential['code'];
  /** Whether the case only applies to servers that require an issuer or an audience. */
  readonly needs?: 'issuer' | 'audience';
  /** The `Authorization` header, built for `ownerId` on `server`; `undefined` sends none. */
  authorization(
    server: HttpContractServer,
    ownerId: string,
  ): Promise<string | undefined> | string | undefined;
}

const claimsFor = (server: HttpContractServer, sub: string): TestTokenClaims => ({
  sub,
  iat: nowInSeconds(),
  exp: nowInSeconds() + 600,
  ...(server.issuer === undefined ? {} : { iss: server.issuer }),
  ...(server.audience === undefined ? {} : { aud: server.audience }),
});

const signed = async (server: HttpContractServer, claims: TestTokenClaims) =>
  `Bearer ${await server.signClaims(claims)}`;

/** A token signed with a key the server has never seen, in a given HMAC algorithm. */
const foreignKeyToken = (algorithm: 'HS256' | 'HS384' | 'HS512', claims: TestTokenClaims) =>
  createSigner({ key: randomBytes(32).toString('base64url'), algorithm })({ ...claims });

/**
 * Every kind of credential the issue names (missing, malformed, unsigned, wrongly signed,
 * expired, not yet valid, wrong issuer or audience) and a few more: each must be answered 401.
 */
export const badCredentialCases: readonly BadCredentialCase[] = [
  {
    kind: 'no Authorization header',
    code: 'auth.missing-credentials',
    authorization: () => undefined,
  },
  {
    kind: 'an empty Authorization header',
    code: 'auth.missing-credentials',
    authorization: () => '',
  },
  {
    kind: 'Basic credentials',
    code: 'auth.invalid-credentials',
    authorization: () => 'Basic dXNlcjpwYXNz',
  },
  {
    kind: 'Bearer without a token',
    code: 'auth.invalid-credentials',
    authorization: () => 'Bearer',
  },
  { kind: 'Bearer abc', code: 'auth.invalid-credentials', authorization: () => 'Bearer abc' },
  { kind: 'Bearer a.b', code: 'auth.invalid-credentials', authorization: () => 'Bearer a.b' },
  { kind: 'Bearer a.b.c', code: 'auth.invalid-credentials', authorization: () => 'Bearer a.b.c' },
  {
    kind: 'a token with alg none',
    code: 'auth.invalid-credentials',
    authorization: (server, owner) => `Bearer ${unsignedToken({ ...claimsFor(server, owner) })}`,
  },
  {
    kind: 'a wrong signature',
    code: 'auth.invalid-credentials',
    authorization: async (server, owner) =>
      `Bearer ${withBadSignature(await server.signClaims(claimsFor(server, owner)))}`,
  },
  {
    kind: 'a token signed with another key',
    code: 'auth.invalid-credentials',
    authorization: (server, owner) =>
      `Bearer ${foreignKeyToken('HS256', claimsFor(server, owner))}`,
  },
  {
    kind: 'an HS512 token with another key',
    code: 'auth.invalid-credentials',
    authorization: (server, owner) =>
      `Bearer ${foreignKeyToken('HS512', claimsFor(server, owner))}`,
  },
  {
    kind: "another owner's claims under a real signature",
    code: 'auth.invalid-credentials',
    authorization: async (server, owner) => {
      const [header, , signature] = (await server.signClaims(claimsFor(server, owner))).split('.');
      const forged = Buffer.from(JSON.stringify(claimsFor(server, `${owner}-other`)));
      return `Bearer ${header}.${forged.toString('base64url')}.${signature}`;
    },
  },
  {
    kind: 'an expired token',
    code: 'auth.invalid-credentials',
    authorization: (server, owner) =>
      signed(server, {
        ...claimsFor(server, owner),
        iat: nowInSeconds() - 7200,
        exp: nowInSeconds() - 3600,
      }),
  },
  {
    kind: 'a token not valid yet (nbf)',
    code: 'auth.invalid-credentials',
    authorization: (server, owner) =>
      signed(server, { ...claimsFor(server, owner), nbf: nowInSeconds() + 3600 }),
  },
  {
    kind: 'a token without exp',
    code: 'auth.invalid-credentials',
    authorization: (server, owner) => {
      const { exp: _exp, ...claims } = claimsFor(server, owner);
      return signed(server, claims);
    },
  },
  {
    kind: 'a token without sub',
    code: 'auth.invalid-credentials',
    authorization: (server, owner) => {
      const { sub: _sub, ...claims } = claimsFor(server, owner);
      return signed(server, claims);
    },
  },
  {
    kind: 'an empty sub',
    code: 'auth.invalid-credentials',
    authorization: (server) => signed(server, claimsFor(server, '')),
  },
  {
    kind: 'a sub over 128 characters',
    code: 'auth.invalid-credentials',
    authorization: (server) => signed(server, claimsFor(server, 'x'.repeat(129))),
  },
  {
    kind: 'a token for another issuer',
    code: 'auth.invalid-credentials',
    needs: 'issuer',
    authorization: (server, owner) =>
      signed(server, { ...claimsFor(server, owner), iss: `${server.issuer ?? ''}-other` }),
  },
  {
    kind: 'a token for another audience',
    code: 'auth.invalid-credentials',
    needs: 'audience',
    authorization: (server, owner) =>
      signed(server, { ...claimsFor(server, owner), aud: `${server.audience ?? ''}-other` }),
  },
  {
    kind: 'a valid token followed by junk',
    code: 'auth.invalid-credentials',
    authorization: async (server, owner) => `${await signed(server, claimsFor(server, owner))} x`,
  },
  {
    kind: 'two valid tokens',
    code: 'auth.invalid-credentials',
    authorization: async (server, owner) => {
      const token = await server.signClaims(claimsFor(server, owner));
      return `Bearer ${token}, Bearer ${token}`;
    },
  },
  {
    kind: 'a valid token under another scheme',
    code: 'auth.invalid-credentials',
    authorization: async (server, owner) =>
      `Token ${await server.signClaims(claimsFor(server, owner))}`,
  },
];

/** The cases that apply to `server`, with their headers built for `ownerId`. */
export const badCredentialsFor = async (
  server: HttpContractServer,
  ownerId: string,
): Promise<BadCredential[]> => {
  const applicable = badCredentialCases.filter(
    (credential) =>
      (credential.needs !== 'issuer' || server.issuer !== undefined) &&
      (credential.needs !== 'audience' || server.audience !== undefined),
  );
  return Promise.all(
    applicable.map(async (credential) => ({
      kind: credential.kind,
      code: credential.code,
      authorization: await credential.authorization(server, ownerId),
    })),
  );
};
