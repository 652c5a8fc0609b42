import { createSigner } from 'fast-jwt';
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf } from '../operational-responses.js';
import { nowInSeconds, unsignedToken, withBadSignature } from '../testing/test-tokens.js';
import { createTokenVerifier, type Authentication } from './token-verifier.js';

const secret = randomBytes(32).toString('base64url');
const issuer = 'https://issuer.test';
const audience = 'todo-api';

const claims = (overrides: Record<string, unknown> = {}) => ({
  sub: 'owner-1',
  iss: issuer,
  aud: audience,
  iat: nowInSeconds(),
  exp: nowInSeconds() + 300,
  ...overrides,
});
const without = (name: 'sub' | 'exp') => {
  const all: Record<string, unknown> = claims();
  const { [name]: _removed, ...rest } = all;
  return rest;
};
const hs = (
  payload: Record<string, unknown>,
  algorithm: 'HS256' | 'HS384' = 'HS256',
  key = secret,
) => createSigner({ key, algorithm, noTimestamp: true })(payload);

const reasonOf = (authentication: Authentication) =>
  authentication.ok ? 'accepted' : errorCodeOf(authentication.response);

describe('createTokenVerifier with a secret', () => {
  const verifier = createTokenVerifier({ mode: 'secret', secret, issuer, audience });
  const check = (token: string) => verifier.authenticate(`Bearer ${token}`);

  it('accepts a valid HS256 token and names its subject as the owner', async () => {
    expect(await check(hs(claims()))).toEqual({ ok: true, ownerId: 'owner-1' });
  });

  it('tolerates a few seconds of clock drift', async () => {
    expect((await check(hs(claims({ exp: nowInSeconds() - 2 })))).ok).toBe(true);
  });

  it('asks for credentials when there is no header', async () => {
    const result = await verifier.authenticate(undefined);

    expect(reasonOf(result)).toBe('auth.missing-credentials');
    expect(result.ok ? undefined : result.response.headers['www-authenticate']).toBe('Bearer');
  });

  it.each([
    ['another scheme', () => 'Basic abc'],
    ['no token', () => 'Bearer '],
    ['not a JWT', () => 'Bearer abc.def'],
    ['a bad signature', () => `Bearer ${withBadSignature(hs(claims()))}`],
    ['alg none', () => `Bearer ${unsignedToken(claims())}`],
    ['HS384, not the pinned HS256', () => `Bearer ${hs(claims(), 'HS384')}`],
    ['another secret', () => `Bearer ${hs(claims(), 'HS256', 'x'.repeat(32))}`],
    ['an expired token', () => `Bearer ${hs(claims({ exp: nowInSeconds() - 60 }))}`],
    ['a token not valid yet', () => `Bearer ${hs(claims({ nbf: nowInSeconds() + 60 }))}`],
    ['no exp', () => `Bearer ${hs(without('exp'))}`],
    ['no sub', () => `Bearer ${hs(without('sub'))}`],
    ['an empty sub', () => `Bearer ${hs(claims({ sub: '' }))}`],
    ['a sub of 129 characters', () => `Bearer ${hs(claims({ sub: 's'.repeat(129) }))}`],
    ['a sub that is not a string', () => `Bearer ${hs(claims({ sub: 42 }))}`],
    ['another issuer', () => `Bearer ${hs(claims({ iss: 'https://other.test' }))}`],
    ['another audience', () => `Bearer ${hs(claims({ aud: 'other-api' }))}`],
  ])('refuses %s with auth.invalid-credentials', async (_name, header) => {
    const result = await verifier.authenticate(header());

    expect(reasonOf(result)).toBe('auth.invalid-credentials');
    expect(result.ok ? undefined : result.response.headers['www-authenticate']).toContain('Bearer');
  });

  it('checks neither issuer nor audience when none is set', async () => {
    const lenient = createTokenVerifier({ mode: 'development', secret });

    const result = await lenient.authenticate(`Bearer ${hs(claims({ iss: 'any', aud: 'any' }))}`);

    expect(result.ok).toBe(true);
  });
});

describe('createTokenVerifier with a JWKS URL', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = (key: KeyObject, kid: string, alg: string) => ({
    ...key.export({ format: 'jwk' }),
    kid,
    alg,
    use: 'sig',
  });
  const pem = (key: KeyObject) => key.export({ format: 'pem', type: 'pkcs8' }).toString();
  let server: Server;
  let jwksUrl: URL;

  beforeAll(async () => {
    const body = JSON.stringify({
      keys: [jwk(rsa.publicKey, 'rsa-1', 'RS256'), jwk(ec.publicKey, 'ec-1', 'ES256')],
    });
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    jwksUrl = new URL(`http://127.0.0.1:${port}/jwks.json`);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const verifier = () => createTokenVerifier({ mode: 'jwks', jwksUrl, issuer, audience });
  const sign = (key: KeyObject, algorithm: 'RS256' | 'ES256', kid: string, payload = claims()) =>
    createSigner({ key: pem(key), algorithm, kid, noTimestamp: true })(payload);

  it.each([
    ['RS256', () => sign(rsa.privateKey, 'RS256', 'rsa-1')],
    ['ES256', () => sign(ec.privateKey, 'ES256', 'ec-1')],
  ])('accepts an %s token signed with a published key', async (_alg, token) => {
    expect(await verifier().authenticate(`Bearer ${token()}`)).toEqual({
      ok: true,
      ownerId: 'owner-1',
    });
  });

  it.each([
    ['a key the set does not publish', () => sign(stranger.privateKey, 'RS256', 'rsa-1')],
    ['an unknown key id', () => sign(stranger.privateKey, 'RS256', 'rsa-9')],
    [
      'another issuer',
      () => sign(rsa.privateKey, 'RS256', 'rsa-1', claims({ iss: 'https://other.test' })),
    ],
    ['another audience', () => sign(rsa.privateKey, 'RS256', 'rsa-1', claims({ aud: 'other' }))],
    [
      'an expired token',
      () => sign(rsa.privateKey, 'RS256', 'rsa-1', claims({ exp: nowInSeconds() - 60 })),
    ],
    ['alg none', () => unsignedToken(claims())],
    [
      'HS256 keyed with the public key (algorithm confusion)',
      () => hs(claims(), 'HS256', rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString()),
    ],
  ])('refuses %s', async (_name, token) => {
    expect(reasonOf(await verifier().authenticate(`Bearer ${token()}`))).toBe(
      'auth.invalid-credentials',
    );
  });
});
