/**
 * Small readers for the fields of a Lambda event, which arrives as untrusted JSON: each checks
 * the type it reads instead of casting, and answers `undefined` for anything else.
 */

/** A plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value[key]` when `value` is a plain object, else `undefined`. */
export const fieldOf = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;

/** The string at `value[key]`, else `undefined`. */
export const stringFieldOf = (value: unknown, key: string): string | undefined => {
  const field = fieldOf(value, key);
  return typeof field === 'string' ? field : undefined;
};

/** The string at the end of `path` through nested objects, else `undefined`. */
export const stringAt = (value: unknown, path: readonly string[]): string | undefined => {
  const parent = path.slice(0, -1).reduce<unknown>(fieldOf, value);
  const last = path.at(-1);
  return last === undefined ? undefined : stringFieldOf(parent, last);
};

/** The string-valued entries of an object; other values (null, numbers, objects) are skipped. */
export const stringEntriesOf = (value: unknown): [string, string][] =>
  isRecord(value)
    ? Object.entries(value).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      )
    : [];

/** The entries of an object whose values are arrays, keeping only their string items. */
export const stringListEntriesOf = (value: unknown): [string, string[]][] =>
  isRecord(value)
    ? Object.entries(value).flatMap(([key, list]): [string, string[]][] =>
        Array.isArray(list)
          ? [[key, list.filter((item): item is string => typeof item === 'string')]]
          : [],
      )
    : [];
