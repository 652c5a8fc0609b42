/**
 * The outcome of an operation that can fail in an expected way: either the value or a typed error.
 * Expected failures are values, so callers must look at them; exceptions are left for bugs.
 *
 * @example
 * const title = parseTitle(input);
 * if (!title.ok) return title; // pass the error on
 * use(title.value);
 */
export type Result<T, E> = Ok<T> | Err<E>;

/** The success side of a {@link Result}. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** The failure side of a {@link Result}. */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/** Wraps a value as a successful {@link Result}. */
export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

/** Wraps an error as a failed {@link Result}. */
export const err = <E>(error: E): Err<E> => ({ ok: false, error });
