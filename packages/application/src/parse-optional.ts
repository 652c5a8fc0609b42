import { ok, type DomainError, type Result } from '@todo/domain';

type Parse<T> = (value: string) => Result<T, DomainError>;

/** Parses a field that may be left out: absent stays absent. */
export const parseOptional = <T>(
  value: string | undefined,
  parse: Parse<T>,
): Result<T | undefined, DomainError> => (value === undefined ? ok(undefined) : parse(value));

/** Parses a field that may be left out or cleared: absent stays absent, `null` stays `null`. */
export const parseClearable = <T>(
  value: string | null | undefined,
  parse: Parse<T>,
): Result<T | null | undefined, DomainError> =>
  value === undefined || value === null ? ok(value) : parse(value);
