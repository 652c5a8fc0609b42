import { Kind, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { format, resolveConfig } from 'prettier';
import {
  createTodoBodySchema,
  listTodosQuerySchema,
  updateTodoBodySchema,
} from '../schemas/request-schemas.js';
import type { SchemaRules } from './schema-rules.js';

/** Where the generated validators live, from the package root. */
export const generatedValidatorsPath = 'src/validators/request-validators.generated.ts';

/** A request schema to generate a validator for, and the type a passing value has. */
interface GeneratedValidator {
  /** `createTodoBody` gives `checkCreateTodoBody` and `createTodoBodyRules`. */
  readonly name: string;
  readonly schemaName: string;
  readonly schema: TSchema;
  readonly typeName: string;
}

const validators: readonly GeneratedValidator[] = [
  {
    name: 'createTodoBody',
    schemaName: 'createTodoBodySchema',
    schema: createTodoBodySchema,
    typeName: 'CreateTodoBody',
  },
  {
    name: 'updateTodoBody',
    schemaName: 'updateTodoBodySchema',
    schema: updateTodoBodySchema,
    typeName: 'UpdateTodoBody',
  },
  {
    name: 'listTodosQuery',
    schemaName: 'listTodosQuerySchema',
    schema: listTodosQuerySchema,
    typeName: 'ListTodosQueryParameters',
  },
];

/** A schema uses something the generated validators cannot check or explain. */
export class UnsupportedSchemaError extends Error {
  override readonly name = 'UnsupportedSchemaError';
  readonly code = 'validators.unsupported-schema';

  constructor(where: string, what: string) {
    super(`${where}: ${what} is not supported by the generated validators.`);
  }
}

const refuse = (where: string, schema: TSchema, keywords: readonly string[]) => {
  const found = keywords.filter((keyword) => keyword in schema);
  if (found.length > 0) throw new UnsupportedSchemaError(where, found.join(', '));
};

const defined = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : { [key]: value };

/** Keeps what decides a check; refuses what the error report in rule-errors.ts cannot explain. */
export const schemaRulesOf = (schema: TSchema, where: string): SchemaRules => {
  switch (schema[Kind]) {
    case 'Object': {
      refuse(where, schema, ['patternProperties']);
      if (
        schema['additionalProperties'] !== undefined &&
        schema['additionalProperties'] !== false
      ) {
        throw new UnsupportedSchemaError(where, 'additionalProperties other than false');
      }
      const properties: Record<string, TSchema> = schema['properties'];
      return {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(properties).map(([key, property]) => [
            key,
            schemaRulesOf(property, `${where}/${key}`),
          ]),
        ),
        ...defined('required', schema['required']),
        ...defined('additionalProperties', schema['additionalProperties']),
        ...defined('minProperties', schema['minProperties']),
        ...defined('maxProperties', schema['maxProperties']),
      };
    }
    case 'Union': {
      const variants: TSchema[] = schema['anyOf'];
      return {
        anyOf: variants.map((variant, index) => schemaRulesOf(variant, `${where}|${index}`)),
      };
    }
    case 'Literal':
      return { const: schema['const'], ...defined('type', schema['type']) };
    case 'String':
      refuse(where, schema, ['pattern', 'format']);
      return {
        type: 'string',
        ...defined('minLength', schema['minLength']),
        ...defined('maxLength', schema['maxLength']),
      };
    case 'Integer':
    case 'Number':
      refuse(where, schema, ['exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']);
      return {
        type: schema[Kind] === 'Integer' ? 'integer' : 'number',
        ...defined('minimum', schema['minimum']),
        ...defined('maximum', schema['maximum']),
      };
    case 'Boolean':
      return { type: 'boolean' };
    case 'Null':
      return { type: 'null' };
    default:
      throw new UnsupportedSchemaError(where, `the kind ${schema[Kind]}`);
  }
};

// TypeBox writes a standalone check as `return function check(value) { ... }` when the schema
// needs no references, formats or custom kinds; anything else would need TypeBox at run time.
const checkPrefix = 'return function check(value) {';

const checkFunctionOf = ({ name, schema, schemaName, typeName }: GeneratedValidator): string => {
  const code = TypeCompiler.Code(schema, [], { language: 'javascript' });
  if (!code.startsWith(checkPrefix) || /\b(?:format|kind)\(|external_/.test(code)) {
    throw new UnsupportedSchemaError(schemaName, 'a check that needs TypeBox at run time');
  }
  const checkName = `check${name[0]?.toUpperCase()}${name.slice(1)}`;
  return [
    `/** Whether a value passes \`${schemaName}\`. */`,
    `export function ${checkName}(value: any): value is ${typeName} {`,
    code.slice(checkPrefix.length),
  ].join('\n');
};

const rulesOf = ({ name, schema, schemaName }: GeneratedValidator): string =>
  [
    `/** What \`${schemaName}\` requires, to explain a failed check. */`,
    `export const ${name}Rules: SchemaRules = ${JSON.stringify(schemaRulesOf(schema, schemaName))};`,
  ].join('\n');

const header = `// Generated by \`pnpm nx run http-contract:generate-validators\` from request-schemas.ts with
// TypeBox's TypeCompiler.Code: the checks TypeBox would compile at run time, written out ahead of
// time so a bundle needs no TypeBox. Do not edit; change the schema and run the target again
// (request-validators-source.test.ts fails while this file is stale).
/* eslint-disable @typescript-eslint/no-explicit-any -- a check reads a value before it knows its type, as TypeBox's generated code does */
import type {
  CreateTodoBody,
  ListTodosQueryParameters,
  UpdateTodoBody,
} from '../schemas/request-schemas.js';
import type { SchemaRules } from './schema-rules.js';
`;

/**
 * The text of request-validators.generated.ts, from the request schemas as they are now,
 * formatted as Prettier would format it in this package.
 */
export const requestValidatorsSource = async (packageRoot: string): Promise<string> => {
  const parts = validators.flatMap((validator) => [checkFunctionOf(validator), rulesOf(validator)]);
  const filepath = `${packageRoot}/${generatedValidatorsPath}`;
  const options = (await resolveConfig(filepath)) ?? {};
  return format([header, ...parts].join('\n\n'), { ...options, filepath });
};
