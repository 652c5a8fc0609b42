import { createHash } from 'node:crypto';
import type { Description, DueDate, Title } from '@todo/domain';

/** What a create asks for, once parsed: the fields its fingerprint is taken over. */
export interface CreateRequest {
  readonly title: Title;
  readonly description: Description | null;
  readonly dueDate: DueDate | null;
}

/**
 * A digest that is equal for two creates exactly when they would make the same todo. It is taken
 * over the parsed fields, so requests that differ only in what parsing drops (whitespace around
 * the title, an absent field against `null`, the order of JSON fields) count as the same. The
 * operation's name and a format version go in too, so a digest of another kind of request, or of
 * a later format, can never be mistaken for this one.
 */
export const requestFingerprint = ({ title, description, dueDate }: CreateRequest): string =>
  createHash('sha256')
    .update(JSON.stringify(['createTodo', 1, title, description, dueDate]))
    .digest('base64url');
