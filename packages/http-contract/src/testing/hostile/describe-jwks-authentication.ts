import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthSettings } from '../../auth/auth-settings.js';
import { expectPage, expectProblem } from '../expectations.js';
import { send } from '../http-client.js';
import { nowInSeconds, unsignedToken } from '../test-tokens.js';
import { startJwksIssuer, type JwksIssuer, type JwksTokenClaims } from './jwks-issuer.js';

/** A server started in `jwks` mode for the suite. */
export interface JwksServer {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** Starts the server under test with the given `jwks` settings. */
export interface JwksTarget {
  start(auth: Extract<AuthSettings, { mode: 'jwks' }>): Promise<JwksServer>;
}

const owner = 'owner-jwks';

/**
 * Token checks in `jwks` mode, against a key set served over HTTP on 127.0.0.1 with keys jose
 * generated: RS256 and ES256 tokens from the published keys are accepted; a key that was not
 * published, `alg: none`, HS256 keyed with the public key, algorithms the API does not pin, and
 * wrong times, issuer, audience or subject are 401; so is every token while the key set cannot
 * be fetched (never a 5xx).
 *
 * @example
 * describeJwksAuthentication('fastify-api', { start: (auth) => startMyServer({ auth }) });
 */
export const describeJwksAuthentication = (name: string, target: JwksTarget): void => {
  describe(`JWKS tokens: ${name}`, { timeout: 30_000 }, () => {
    let issuer: JwksIssuer;
    let server: JwksServer;

    beforeAll(async () => {
      issuer = await startJwksIssuer();
      const { jwksUrl, issuer: iss, audience } = issuer;
      server = await target.start({ mode: 'jwks', jwksUrl, issuer: iss, audience });
    }, 60_000);

    afterAll(async () => {
      await server.stop();
      await issuer.stop();
    });

    const list = (token: string) => send(server.baseUrl, 'GET', '/todos', { token });

    it.each(['rsa', 'ec'] as const)(
      'accepts a token signed with the published %s key',
      async (key) => {
        const token = await issuer.sign(issuer.claimsFor(owner), key);

        expect(expectPage(await list(token))).toEqual({ items: [], nextCursor: null });
      },
    );

    const refused: [string, () => Promise<string> | string][] = [
      [
        'a key nobody published, under a published kid',
        () => issuer.sign(issuer.claimsFor(owner), 'unpublished-rsa'),
      ],
      ['RS384 with the published key', () => issuer.sign(issuer.claimsFor(owner), 'rsa-as-rs384')],
      ['PS256 with the published key', () => issuer.sign(issuer.claimsFor(owner), 'rsa-as-ps256')],
      [
        'HS256 keyed with the public key',
        () => issuer.signWithPublicKeyAsSecret(issuer.claimsFor(owner)),
      ],
      ['alg none', () => unsignedToken({ ...issuer.claimsFor(owner) })],
      [
        'an expired token',
        () => issuer.sign({ ...issuer.claimsFor(owner), exp: nowInSeconds() - 60 }, 'rsa'),
      ],
      [
        'a token not valid yet',
        () => issuer.sign({ ...issuer.claimsFor(owner), nbf: nowInSeconds() + 3600 }, 'ec'),
      ],
      [
        'a token for another issuer',
        () => issuer.sign({ ...issuer.claimsFor(owner), iss: 'https://evil.test' }, 'rsa'),
      ],
      [
        'a token for another audience',
        () => issuer.sign({ ...issuer.claimsFor(owner), aud: 'other-api' }, 'rsa'),
      ],
      [
        'a token without exp',
        () => {
          const { exp: _exp, ...claims }: JwksTokenClaims = issuer.claimsFor(owner);
          return issuer.sign(claims, 'rsa');
        },
      ],
      [
        'a token without sub',
        () => {
          const { sub: _sub, ...claims }: JwksTokenClaims = issuer.claimsFor(owner);
          return issuer.sign(claims, 'ec');
        },
      ],
    ];

    it.each(refused)('refuses %s with 401 auth.invalid-credentials', async (_kind, token) => {
      const response = await list(await token());

      expectProblem(response, 'auth.invalid-credentials', 401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
    });

    it('fetches the key set once and then checks tokens against its copy', async () => {
      for (const key of ['rsa', 'ec', 'rsa', 'ec'] as const) {
        expectPage(await list(await issuer.sign(issuer.claimsFor(owner), key)));
      }

      expect(issuer.fetches()).toBe(1);
    });

    it('answers 401, not a 5xx, promptly while the key set cannot be fetched', async () => {
      const unreachable = await startJwksIssuer();
      const { jwksUrl, issuer: iss, audience } = unreachable;
      await unreachable.stop();
      const stranded = await target.start({ mode: 'jwks', jwksUrl, issuer: iss, audience });
      try {
        const started = performance.now();
        const token = await unreachable.sign(unreachable.claimsFor(owner), 'rsa');
        const response = await send(stranded.baseUrl, 'GET', '/todos', { token });

        expectProblem(response, 'auth.invalid-credentials', 401);
        expect(performance.now() - started).toBeLessThan(6_000);
      } finally {
        await stranded.stop();
      }
    });
  });
};
