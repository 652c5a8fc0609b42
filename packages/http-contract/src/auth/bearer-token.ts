// RFC 6750's b64token; a JWT is three base64url parts joined by dots, which this admits.
const bearerPattern = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/**
 * The token of an `Authorization: Bearer <token>` header, `null` when the header is present but
 * malformed (another scheme, no token), and `undefined` when it is absent.
 */
export const bearerTokenOf = (authorization: string | undefined): string | null | undefined => {
  if (authorization === undefined || authorization === '') return undefined;
  return bearerPattern.exec(authorization)?.[1] ?? null;
};
