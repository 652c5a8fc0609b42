const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token with `alg: none` and no signature, which every server must refuse. */
export const unsignedToken = (claims: Record<string, unknown>): string =>
  `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;

/** `token` with its signature altered, so the signature no longer matches. */
export const withBadSignature = (token: string): string => {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const bytes = Buffer.from(signature, 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0xff;
  return `${header}.${payload}.${bytes.toString('base64url')}`;
};

/** Seconds since the epoch, as JWT times are written. */
export const nowInSeconds = (): number => Math.floor(Date.now() / 1000);
