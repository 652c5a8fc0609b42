import type { Static, TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { FormatRegistry } from '@sinclair/typebox/type';
import { err, ok, type Result } from '@todo/domain';
import type { FieldError } from './schemas/problem-schema.js';
import { expectedOf } from './validators/schema-rules.js';

// The instants in views are written by `Date.prototype.toISOString`.
if (!FormatRegistry.Has('date-time')) {
  FormatRegistry.Set('date-time', (value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(value),
  );
}

/** Where the validated value sits in the request; it prefixes every error path. */
export type RequestPart = 'body' | 'query' | 'params' | 'headers' | 'response';

/** Checks a value against a schema compiled once; on failure, one error per wrong location. */
export type Validator<T> = (value: unknown) => Result<T, readonly FieldError[]>;

// A client fixing its request needs the first problem at each location, not every branch tried.
const maxErrors = 20;

const messageOf = (error: ValueError): string => {
  switch (error.type) {
    case ValueErrorType.Union:
      return `Expected ${expectedOf(error.schema)}`;
    case ValueErrorType.ObjectMinProperties:
      return 'Expected at least one field';
    case ValueErrorType.ObjectAdditionalProperties:
      return 'Unknown field';
    case ValueErrorType.ObjectRequiredProperty:
      return 'Required';
    default:
      return error.message;
  }
};

/**
 * Compiles `schema` at run time with TypeBox and returns a function that checks values against it. Errors name the
 * location as a JSON Pointer under the request part (`/body/title`), so both apps report the
 * same `errors` for the same input. The routes do not use it: their validators are generated
 * ahead of time (src/validators/), so a bundle carries no TypeBox; this stays for other schemas
 * and as the reference those validators are tested against.
 *
 * @example
 * const validateBody = compileValidator(createTodoBodySchema, 'body');
 * const body = validateBody(JSON.parse(text));
 * if (!body.ok) return invalidRequest(body.error);
 */
export const compileValidator = <S extends TSchema>(
  schema: S,
  part: RequestPart,
): Validator<Static<S>> => {
  const compiled = TypeCompiler.Compile(schema);

  return (value) => {
    if (compiled.Check(value)) return ok(value);

    const errors: FieldError[] = [];
    const seen = new Set<string>();
    for (const error of compiled.Errors(value)) {
      const path = `/${part}${error.path}`;
      if (seen.has(path)) continue;
      seen.add(path);
      errors.push({ path, message: messageOf(error) });
      if (errors.length === maxErrors) break;
    }
    return err(errors);
  };
};
