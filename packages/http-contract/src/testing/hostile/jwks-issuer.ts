import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT } from 'jose';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { nowInSeconds } from '../test-tokens.js';

/** Claims a test token may carry; absent ones are left out of the token. */
export interface JwksTokenClaims {
  readonly sub?: string;
  readonly iss?: string;
  readonly aud?: string;
  readonly exp?: number;
  readonly nbf?: number;
}

/** How to sign: with a published key, a key nobody published, or the right key but an algorithm the API does not pin. */
export type JwksSigningKey = 'rsa' | 'ec' | 'unpublished-rsa' | 'rsa-as-rs384' | 'rsa-as-ps256';

/** An identity provider on 127.0.0.1: a JWKS endpoint and the private keys behind it. */
export interface JwksIssuer {
  readonly jwksUrl: URL;
  readonly issuer: string;
  readonly audience: string;
  /** Times the key set was fetched. */
  fetches(): number;
  /** Claims for `sub` that the API accepts: this issuer and audience, valid for ten minutes. */
  claimsFor(sub: string): JwksTokenClaims;
  /** Signs `claims` with `key`, naming it in `kid` (an unpublished key borrows a published kid). */
  sign(claims: JwksTokenClaims, key: JwksSigningKey): Promise<string>;
  /** HS256 over `claims` with the RSA public key (PEM) as the secret: the algorithm confusion attack. */
  signWithPublicKeyAsSecret(claims: JwksTokenClaims): string;
  stop(): Promise<void>;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Starts a JWKS endpoint on a free port of 127.0.0.1 with an RS256 and an ES256 key (jose
 * generates them), for testing a server in `jwks` mode against a real key set over HTTP.
 *
 * @example
 * const issuer = await startJwksIssuer();
 * const token = await issuer.sign(issuer.claimsFor('owner-1'), 'rsa');
 */
export const startJwksIssuer = async (): Promise<JwksIssuer> => {
  const rsa = await generateKeyPair('RS256', { extractable: true });
  const ec = await generateKeyPair('ES256', { extractable: true });
  const stranger = await generateKeyPair('RS256', { extractable: true });
  const rsaPkcs8 = await exportPKCS8(rsa.privateKey);
  const rsaPublicPem = await exportSPKI(rsa.publicKey);
  const keys = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  const signingKeys = {
    rsa: { alg: 'RS256', kid: 'rsa-1', key: rsa.privateKey },
    ec: { alg: 'ES256', kid: 'ec-1', key: ec.privateKey },
    'unpublished-rsa': { alg: 'RS256', kid: 'rsa-1', key: stranger.privateKey },
    'rsa-as-rs384': { alg: 'RS384', kid: 'rsa-1', key: await importPKCS8(rsaPkcs8, 'RS384') },
    'rsa-as-ps256': { alg: 'PS256', kid: 'rsa-1', key: await importPKCS8(rsaPkcs8, 'PS256') },
  } as const;

  let fetches = 0;
  const server = createServer((_request, response) => {
    fetches += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const issuer = 'https://issuer.jwks.test';
  const audience = 'todo-api';

  return {
    jwksUrl: new URL(`http://127.0.0.1:${address.port}/.well-known/jwks.json`),
    issuer,
    audience,
    fetches: () => fetches,
    claimsFor: (sub) => ({ sub, iss: issuer, aud: audience, exp: nowInSeconds() + 600 }),
    async sign(claims, key) {
      const { alg, kid, key: privateKey } = signingKeys[key];
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg, kid, typ: 'JWT' })
        .setIssuedAt()
        .sign(privateKey);
    },
    signWithPublicKeyAsSecret(claims) {
      const signingInput = `${base64url({ alg: 'HS256', kid: 'rsa-1', typ: 'JWT' })}.${base64url(claims)}`;
      const signature = createHmac('sha256', rsaPublicPem).update(signingInput).digest('base64url');
      return `${signingInput}.${signature}`;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
