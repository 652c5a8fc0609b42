declare const brand: unique symbol;

/**
 * A string or number that has passed its parse function. The brand exists only for the type checker,
 * so a raw `string` can't be used where, say, a {@link Title} is expected.
 */
export type Branded<T, Name extends string> = T & { readonly [brand]: Name };
