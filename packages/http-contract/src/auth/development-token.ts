import { createSigner } from 'fast-jwt';

/** The owner of the token printed in development mode. */
export const developmentSubject = 'dev-user';

/** How long the printed development token lasts. */
export const developmentTokenLifetimeSeconds = 12 * 60 * 60;

/**
 * Signs an HS256 token for `subject` with `secret`, valid for `lifetimeSeconds`. For development
 * mode and tests; real tokens come from an identity provider.
 */
export const signHs256Token = (
  secret: string,
  claims: { readonly sub: string; readonly iss?: string; readonly aud?: string },
  lifetimeSeconds: number = developmentTokenLifetimeSeconds,
): string =>
  createSigner({ key: secret, algorithm: 'HS256', expiresIn: lifetimeSeconds * 1000 })(claims);

/**
 * The notice an app prints at start in development mode: a ready-to-paste token and a curl
 * example. It goes to a terminal, not to the JSON log.
 */
export const developmentModeBanner = (options: { baseUrl: string; token: string }): string => {
  const rule = '='.repeat(78);
  return [
    rule,
    'DEVELOPMENT MODE: no TODO_JWT_SECRET or TODO_JWT_JWKS_URL is set.',
    'Tokens are signed with a random secret made for this run; they stop working when it ends.',
    `Token (owner "${developmentSubject}", valid ${developmentTokenLifetimeSeconds / 3600} h):`,
    '',
    options.token,
    '',
    'Try:',
    `  export TOKEN='${options.token}'`,
    `  curl -s -X POST ${options.baseUrl}/todos -H "Authorization: Bearer $TOKEN" \\`,
    `    -H 'Content-Type: application/json' -d '{"title":"Buy milk"}'`,
    `  curl -s ${options.baseUrl}/todos -H "Authorization: Bearer $TOKEN"`,
    `API docs: ${options.baseUrl}/docs`,
    rule,
    '',
  ].join('\n');
};
