import type { FieldError } from '../schemas/problem-schema.js';
import type { RequestPart } from '../validator.js';
import {
  expectedOf,
  type NumberRules,
  type ObjectRules,
  type SchemaRules,
  type StringRules,
} from './schema-rules.js';

// The same cap as `compileValidator`: the first problem at each location, 20 locations at most.
const maxErrors = 20;

interface RuleError {
  readonly path: string;
  readonly message: string;
}

// RFC 6901: `~` and `/` in a key are escaped in a JSON Pointer.
const pointerOf = (path: string, key: string) =>
  `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

const isObjectLike = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const accepts = (rules: SchemaRules, value: unknown): boolean =>
  errorsOf(rules, '', value).next().done === true;

// Each function below walks a value in the order TypeBox's `Errors` does, with its messages,
// so a generated validator reports exactly what `compileValidator` reports for the same value
// (request-validators.test.ts compares the two on generated values).
function* objectErrors(rules: ObjectRules, path: string, value: unknown): Generator<RuleError> {
  if (!isObjectLike(value)) return yield { path, message: 'Expected object' };

  const keys = Object.getOwnPropertyNames(value);
  if (rules.minProperties !== undefined && !(keys.length >= rules.minProperties)) {
    yield { path, message: 'Expected at least one field' };
  }
  if (rules.maxProperties !== undefined && !(keys.length <= rules.maxProperties)) {
    const message = `Expected object to have no more than ${rules.maxProperties} properties`;
    yield { path, message };
  }
  const required = rules.required ?? [];
  for (const key of required) {
    if (!keys.includes(key)) yield { path: pointerOf(path, key), message: 'Required' };
  }
  if (rules.additionalProperties === false) {
    for (const key of keys) {
      if (!Object.hasOwn(rules.properties, key)) {
        yield { path: pointerOf(path, key), message: 'Unknown field' };
      }
    }
  }
  for (const [key, property] of Object.entries(rules.properties)) {
    // An optional property counts as absent when undefined, as TypeBox's default policy has it.
    if (required.includes(key) || value[key] !== undefined) {
      yield* errorsOf(property, pointerOf(path, key), value[key]);
    }
  }
}

function* stringErrors(rules: StringRules, path: string, value: unknown): Generator<RuleError> {
  if (typeof value !== 'string') return yield { path, message: 'Expected string' };

  if (rules.minLength !== undefined && !(value.length >= rules.minLength)) {
    yield { path, message: `Expected string length greater or equal to ${rules.minLength}` };
  }
  if (rules.maxLength !== undefined && !(value.length <= rules.maxLength)) {
    yield { path, message: `Expected string length less or equal to ${rules.maxLength}` };
  }
}

function* numberErrors(rules: NumberRules, path: string, value: unknown): Generator<RuleError> {
  const { type } = rules;
  const fits = type === 'integer' ? Number.isInteger(value) : Number.isFinite(value);
  if (!fits || typeof value !== 'number') return yield { path, message: `Expected ${type}` };

  if (rules.maximum !== undefined && !(value <= rules.maximum)) {
    yield { path, message: `Expected ${type} to be less or equal to ${rules.maximum}` };
  }
  if (rules.minimum !== undefined && !(value >= rules.minimum)) {
    yield { path, message: `Expected ${type} to be greater or equal to ${rules.minimum}` };
  }
}

function* errorsOf(rules: SchemaRules, path: string, value: unknown): Generator<RuleError> {
  if ('anyOf' in rules) {
    if (!rules.anyOf.some((variant) => accepts(variant, value))) {
      yield { path, message: `Expected ${expectedOf(rules)}` };
    }
    return;
  }
  if ('const' in rules) {
    if (value !== rules.const) {
      const expected = typeof rules.const === 'string' ? `'${rules.const}'` : rules.const;
      yield { path, message: `Expected ${expected}` };
    }
    return;
  }
  switch (rules.type) {
    case 'object':
      return yield* objectErrors(rules, path, value);
    case 'string':
      return yield* stringErrors(rules, path, value);
    case 'number':
    case 'integer':
      return yield* numberErrors(rules, path, value);
    case 'boolean':
      if (typeof value !== 'boolean') yield { path, message: 'Expected boolean' };
      return;
    case 'null':
      if (value !== null) yield { path, message: 'Expected null' };
      return;
  }
}

/**
 * Why `value` fails `rules`: the first problem at each location, as a JSON Pointer under the
 * request part (`/body/title`), 20 locations at most. Only called after a check failed, so the
 * passing path never walks the rules.
 */
export const fieldErrorsOf = (
  rules: SchemaRules,
  part: RequestPart,
  value: unknown,
): FieldError[] => {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const error of errorsOf(rules, '', value)) {
    const path = `/${part}${error.path}`;
    if (seen.has(path)) continue;
    seen.add(path);
    errors.push({ path, message: error.message });
    if (errors.length === maxErrors) break;
  }
  return errors;
};
