import type { ProblemCode } from '../../error-table.js';

/** An owner the suite made, with what a hostile request may aim at. */
export interface HostileOwner {
  readonly id: string;
  readonly token: string;
  /** Every todo of the owner. */
  readonly todoIds: readonly string[];
  /** An open todo still at version 1. */
  readonly openTodoId: string;
  /** `nextCursor` of the owner's first page of one, unfiltered. */
  readonly cursor: string;
  /** `nextCursor` of the owner's first page of one open todo (`status=open`). */
  readonly openCursor: string;
}

/** A credential that must be refused, and how. */
export interface BadCredential {
  readonly kind: string;
  /** The `Authorization` header to send; `undefined` sends none. */
  readonly authorization: string | undefined;
  readonly code: Extract<ProblemCode, 'auth.missing-credentials' | 'auth.invalid-credentials'>;
}

/**
 * What the generated requests are aimed at: the owner whose token they carry (alice), another
 * owner whose todos and cursors they borrow (bob), and credentials the server must refuse.
 */
export interface HostileWorld {
  readonly alice: HostileOwner;
  readonly bob: HostileOwner;
  readonly badCredentials: readonly BadCredential[];
}
