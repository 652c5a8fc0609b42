import { describe, expect, it } from 'vitest';
import { todoRoutes } from '../routes/todo-routes.js';
import { expectPage, expectProblem } from './expectations.js';
import type { SuiteContext } from './suite-context.js';
import { nowInSeconds, unsignedToken, withBadSignature } from './test-tokens.js';

// A concrete path for each route template; any id will do, the token is checked first.
const routesToCall = todoRoutes.map((route) => ({
  name: `${route.method} ${route.path}`,
  method: route.method,
  path: route.path.replace('{id}', 'some-id'),
}));

/** 401s: every route needs a token, and every kind of bad token is refused. */
export const describeAuthentication = (context: () => SuiteContext) => {
  describe('authentication', () => {
    it.each(routesToCall)(
      '$name without credentials is 401 auth.missing-credentials',
      async ({ method, path }) => {
        const response = await context().send(method, path, {
          json: method === 'GET' || method === 'DELETE' ? undefined : { title: 'x' },
        });

        expectProblem(response, 'auth.missing-credentials', 401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
      },
    );

    const validClaims = () => {
      const { server } = context();
      return {
        sub: 'owner-claims',
        exp: nowInSeconds() + 600,
        iat: nowInSeconds(),
        ...(server.issuer === undefined ? {} : { iss: server.issuer }),
        ...(server.audience === undefined ? {} : { aud: server.audience }),
      };
    };

    const invalidCases: { name: string; authorization: () => Promise<string> | string }[] = [
      { name: 'another scheme', authorization: () => 'Basic dXNlcjpwYXNz' },
      { name: 'a bearer header without a token', authorization: () => 'Bearer' },
      { name: 'a token that is not a JWT', authorization: () => 'Bearer not-a-jwt' },
      {
        name: 'a bad signature',
        authorization: async () =>
          `Bearer ${withBadSignature(await context().server.tokenFor('owner-sig'))}`,
      },
      { name: 'alg none', authorization: () => `Bearer ${unsignedToken(validClaims())}` },
      {
        name: 'an expired token',
        authorization: async () =>
          `Bearer ${await context().server.signClaims({ ...validClaims(), exp: nowInSeconds() - 3600, iat: nowInSeconds() - 7200 })}`,
      },
      {
        name: 'a token without exp',
        authorization: async () => {
          const { exp: _exp, ...claims } = validClaims();
          return `Bearer ${await context().server.signClaims(claims)}`;
        },
      },
      {
        name: 'a token without sub',
        authorization: async () => {
          const { sub: _sub, ...claims } = validClaims();
          return `Bearer ${await context().server.signClaims(claims)}`;
        },
      },
      {
        name: 'a subject longer than 128 characters',
        authorization: async () =>
          `Bearer ${await context().server.signClaims({ ...validClaims(), sub: 'x'.repeat(129) })}`,
      },
    ];

    it.each(invalidCases)('$name is 401 auth.invalid-credentials', async ({ authorization }) => {
      const response = await context().send('GET', '/todos', {
        authorization: await authorization(),
      });

      expectProblem(response, 'auth.invalid-credentials', 401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
    });

    it('a token for the wrong issuer is 401 when the server requires one', async () => {
      const { server } = context();
      // Servers without a required issuer accept any: nothing to test then.
      if (server.issuer === undefined) return;
      const token = await server.signClaims({ ...validClaims(), iss: `${server.issuer}-other` });

      const response = await context().send('GET', '/todos', { token });

      expectProblem(response, 'auth.invalid-credentials', 401);
    });

    it('a token for the wrong audience is 401 when the server requires one', async () => {
      const { server } = context();
      if (server.audience === undefined) return;
      const token = await server.signClaims({ ...validClaims(), aud: `${server.audience}-other` });

      const response = await context().send('GET', '/todos', { token });

      expectProblem(response, 'auth.invalid-credentials', 401);
    });

    it('a valid token is accepted and names the owner', async () => {
      const token = await context().server.signClaims(validClaims());

      const response = await context().send('GET', '/todos', { token });

      expectPage(response);
    });
  });
};
