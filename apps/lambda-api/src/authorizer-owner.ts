import { parseOwnerId } from '@todo/domain';
import { fieldOf } from './event-fields.js';

/** The payload formats API Gateway (and Lambda Function URLs, as 2.0) send. */
export type PayloadFormat = '1.0' | '2.0';

/** What the authorizer said about the caller. */
export type AuthorizerOwner =
  /** A `sub` that is a usable owner id. */
  | { readonly kind: 'owner'; readonly ownerId: string }
  /** No authorizer ran, or it passed no `sub`. */
  | { readonly kind: 'absent' }
  /** A `sub` that is not a string, or not a usable owner id (empty, over 128 characters). */
  | { readonly kind: 'invalid' };

// Where API Gateway puts what an authorizer verified, per payload format, in the order tried:
// - 2.0: a JWT authorizer's claims; a Lambda authorizer's context (simple or IAM-policy response).
// - 1.0: a Cognito user pool (or JWT) authorizer's claims; a Lambda authorizer's context, whose
//   keys API Gateway spreads into `authorizer` itself.
// A Lambda authorizer's `principalId` is not used: the owner is always the `sub` the authorizer
// vouches for. IAM authorization (a Function URL with AWS_IAM) carries no `sub`, so no owner.
const subjectPaths: { readonly [Format in PayloadFormat]: readonly (readonly string[])[] } = {
  '2.0': [
    ['jwt', 'claims', 'sub'],
    ['lambda', 'sub'],
  ],
  '1.0': [['claims', 'sub'], ['sub']],
};

/**
 * The owner of a request: the `sub` that API Gateway's authorizer already verified, read from
 * `requestContext.authorizer` and nowhere else. API Gateway builds `requestContext` itself;
 * headers, body and query, which the client controls, are never consulted.
 *
 * @example
 * ownerFromAuthorizer('2.0', { jwt: { claims: { sub: 'user-1' } } }) // { kind: 'owner', ownerId: 'user-1' }
 */
export const ownerFromAuthorizer = (
  format: PayloadFormat,
  authorizer: unknown,
): AuthorizerOwner => {
  for (const path of subjectPaths[format]) {
    const subject = path.reduce<unknown>(fieldOf, authorizer);
    if (subject === undefined || subject === null) continue;
    if (typeof subject !== 'string' || !parseOwnerId(subject).ok) return { kind: 'invalid' };
    return { kind: 'owner', ownerId: subject };
  }
  return { kind: 'absent' };
};
