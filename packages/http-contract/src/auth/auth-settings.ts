import { randomBytes } from 'node:crypto';
import { err, ok, type Result } from '@todo/domain';

/** How tokens are checked. There is no mode without authentication. */
export type AuthSettings =
  /** HS256 tokens signed with a shared secret; issuer and audience checked when set. */
  | {
      readonly mode: 'secret';
      readonly secret: string;
      readonly issuer?: string;
      readonly audience?: string;
    }
  /** RS256 or ES256 tokens, keys fetched from a JWKS URL; issuer and audience always checked. */
  | {
      readonly mode: 'jwks';
      readonly jwksUrl: URL;
      readonly issuer: string;
      readonly audience: string;
    }
  /** No settings were given: HS256 with a secret made up for this run only. */
  | { readonly mode: 'development'; readonly secret: string };

/** One wrong setting: the variable and what it expects. Never the value, which may be a secret. */
export interface SettingError {
  readonly variable: string;
  readonly message: string;
}

/** The environment variables the auth settings are read from. */
export const authVariables = {
  secret: 'TODO_JWT_SECRET',
  jwksUrl: 'TODO_JWT_JWKS_URL',
  issuer: 'TODO_JWT_ISSUER',
  audience: 'TODO_JWT_AUDIENCE',
} as const;

/** The shortest accepted HS256 secret, in bytes (RFC 7518 asks for at least the hash size). */
export const minimumSecretBytes = 32;

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

const parseJwksUrl = (value: string): Result<URL, string> => {
  if (!URL.canParse(value))
    return err('must be an absolute URL such as https://issuer/.well-known/jwks.json');
  const url = new URL(value);
  if (url.protocol === 'https:') return ok(url);
  if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return ok(url);
  return err('must use https (plain http is accepted only for 127.0.0.1 and localhost)');
};

/**
 * Reads the auth settings from the environment, collecting every problem rather than stopping at
 * the first. Empty values count as unset. With no variable set at all, the result is development
 * mode with a fresh random secret; the app must say so loudly and print a token.
 *
 * @example
 * const auth = parseAuthSettings(process.env);
 * if (!auth.ok) for (const e of auth.error) console.error(`${e.variable} ${e.message}`);
 */
export const parseAuthSettings = (
  env: Readonly<Record<string, string | undefined>>,
): Result<AuthSettings, readonly SettingError[]> => {
  const read = (name: string) => (env[name] === '' ? undefined : env[name]);
  const secret = read(authVariables.secret);
  const jwksUrl = read(authVariables.jwksUrl);
  const issuer = read(authVariables.issuer);
  const audience = read(authVariables.audience);
  const errors: SettingError[] = [];

  if (secret !== undefined && jwksUrl !== undefined) {
    errors.push({
      variable: authVariables.jwksUrl,
      message: `must not be set together with ${authVariables.secret}: choose one way to check tokens`,
    });
    return err(errors);
  }
  if (secret !== undefined) {
    const bytes = Buffer.byteLength(secret, 'utf8');
    if (bytes < minimumSecretBytes) {
      errors.push({
        variable: authVariables.secret,
        message: `must be at least ${minimumSecretBytes} bytes long (it has ${bytes}); e.g. \`openssl rand -base64 48\``,
      });
      return err(errors);
    }
    return ok({
      mode: 'secret',
      secret,
      ...(issuer === undefined ? {} : { issuer }),
      ...(audience === undefined ? {} : { audience }),
    });
  }
  if (jwksUrl !== undefined) {
    const url = parseJwksUrl(jwksUrl);
    if (!url.ok) errors.push({ variable: authVariables.jwksUrl, message: url.error });
    if (issuer === undefined) {
      errors.push({
        variable: authVariables.issuer,
        message: `is required with ${authVariables.jwksUrl}`,
      });
    }
    if (audience === undefined) {
      errors.push({
        variable: authVariables.audience,
        message: `is required with ${authVariables.jwksUrl}`,
      });
    }
    if (!url.ok || issuer === undefined || audience === undefined) return err(errors);
    return ok({ mode: 'jwks', jwksUrl: url.value, issuer, audience });
  }
  for (const [variable, value] of [
    [authVariables.issuer, issuer],
    [authVariables.audience, audience],
  ] as const) {
    if (value !== undefined) {
      errors.push({
        variable,
        message: `needs ${authVariables.secret} or ${authVariables.jwksUrl} as well`,
      });
    }
  }
  if (errors.length > 0) return err(errors);

  return ok({ mode: 'development', secret: randomBytes(48).toString('base64url') });
};
