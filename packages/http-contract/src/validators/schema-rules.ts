/**
 * The part of a request schema that decides whether a value passes, as plain JSON: what a
 * generated validator keeps of a TypeBox schema to explain a failed check without TypeBox.
 * Descriptions, examples and titles are left out; keywords outside this set are refused when the
 * validators are generated, so a schema cannot ask for a check the error report would not explain.
 */
export type SchemaRules =
  | UnionRules
  | LiteralRules
  | ObjectRules
  | StringRules
  | NumberRules
  | { readonly type: 'boolean' | 'null' };

/** One of several schemas (`Type.Union`). */
export interface UnionRules {
  readonly anyOf: readonly SchemaRules[];
}

/** Exactly one value (`Type.Literal`). */
export interface LiteralRules {
  readonly const: string | number | boolean;
  readonly type?: string;
}

/** An object with known properties (`Type.Object`). */
export interface ObjectRules {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, SchemaRules>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: false;
  readonly minProperties?: number;
  readonly maxProperties?: number;
}

/** A string (`Type.String`), by length only. */
export interface StringRules {
  readonly type: 'string';
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** A number or an integer, with inclusive bounds. */
export interface NumberRules {
  readonly type: 'number' | 'integer';
  readonly minimum?: number;
  readonly maximum?: number;
}

/** What a failed check expected, for a union's message: `"open" or "completed"`. */
export const expectedOf = (schema: unknown): string => {
  if (typeof schema !== 'object' || schema === null) return 'a value';
  if ('const' in schema) return JSON.stringify(schema.const);
  if ('type' in schema && typeof schema.type === 'string') return schema.type;
  if ('anyOf' in schema && Array.isArray(schema.anyOf)) {
    return schema.anyOf.map(expectedOf).join(' or ');
  }
  return 'a value';
};
