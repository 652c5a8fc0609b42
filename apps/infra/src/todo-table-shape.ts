import type { TodoTableDefinition } from '@todo/adapter-dynamodb';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  type Attribute,
  type GlobalSecondaryIndexProps,
} from 'aws-cdk-lib/aws-dynamodb';
import { InfraInputError } from './infra-input-error.js';

/** The parts of a CDK `Table` that come from the adapter's definition, never retyped here. */
export interface TodoTableShape {
  readonly partitionKey: Attribute;
  readonly sortKey?: Attribute;
  readonly billingMode: BillingMode;
  readonly timeToLiveAttribute: string;
  /** Added with `table.addGlobalSecondaryIndex`, in the definition's order. */
  readonly globalSecondaryIndexes: readonly GlobalSecondaryIndexProps[];
}

/** The key schema element shape shared by the table and its indexes in the SDK's types. */
interface KeySchemaElement {
  readonly AttributeName?: string | undefined;
  readonly KeyType?: string | undefined;
}

const attributeTypes: Readonly<Record<string, AttributeType>> = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
};

const projectionTypes: Readonly<Record<string, ProjectionType>> = {
  ALL: ProjectionType.ALL,
  KEYS_ONLY: ProjectionType.KEYS_ONLY,
  INCLUDE: ProjectionType.INCLUDE,
};

/**
 * Maps the adapter's `todoTableDefinition()` (the input of DynamoDB's CreateTable) onto CDK table
 * props, so the deployed table has the keys, indexes and TTL attribute the adapter uses locally.
 * The definition's `TableName` is not used: the physical name is a deployment choice.
 *
 * @throws {InfraInputError} `infra.table-definition-invalid` when the definition names a key
 *   without declaring its type, lacks a partition key or uses a setting CDK can't express here.
 */
export function todoTableShape(definition: TodoTableDefinition): TodoTableShape {
  const attribute = attributeOf(definition);
  const keys = keysOf(definition.KeySchema, 'KeySchema', attribute);

  const globalSecondaryIndexes = definition.GlobalSecondaryIndexes.map((index, position) => {
    const where = `GlobalSecondaryIndexes[${position}]`;
    if (index.IndexName === undefined) throw invalidDefinition(where, 'has no IndexName');
    const indexKeys = keysOf(index.KeySchema ?? [], `${where}.KeySchema`, attribute);
    const projection = index.Projection?.ProjectionType ?? 'ALL';
    const projectionType = projectionTypes[projection];
    if (projectionType === undefined) {
      throw invalidDefinition(where, `has an unknown ProjectionType "${projection}"`);
    }
    const nonKeyAttributes = index.Projection?.NonKeyAttributes;

    return {
      indexName: index.IndexName,
      ...indexKeys,
      projectionType,
      ...(nonKeyAttributes === undefined ? {} : { nonKeyAttributes }),
    } satisfies GlobalSecondaryIndexProps;
  });

  if (definition.BillingMode !== 'PAY_PER_REQUEST') {
    throw invalidDefinition('BillingMode', 'must be PAY_PER_REQUEST (on-demand)');
  }
  return {
    ...keys,
    billingMode: BillingMode.PAY_PER_REQUEST,
    timeToLiveAttribute: definition.TimeToLiveAttribute,
    globalSecondaryIndexes,
  };
}

/** Looks up a key attribute's declared type in `AttributeDefinitions`. */
function attributeOf(definition: TodoTableDefinition): (name: string, where: string) => Attribute {
  const declared = new Map<string, AttributeType>();
  for (const { AttributeName, AttributeType: type } of definition.AttributeDefinitions) {
    const mapped = type === undefined ? undefined : attributeTypes[type];
    if (AttributeName === undefined || mapped === undefined) {
      throw invalidDefinition('AttributeDefinitions', `has an entry without a name or S/N/B type`);
    }
    declared.set(AttributeName, mapped);
  }

  return (name, where) => {
    const type = declared.get(name);
    if (type === undefined) {
      throw invalidDefinition(where, `uses "${name}", which AttributeDefinitions does not declare`);
    }
    return { name, type };
  };
}

function keysOf(
  schema: readonly KeySchemaElement[],
  where: string,
  attribute: (name: string, where: string) => Attribute,
): { partitionKey: Attribute; sortKey?: Attribute } {
  const named = (keyType: 'HASH' | 'RANGE'): string | undefined => {
    const elements = schema.filter((element) => element.KeyType === keyType);
    if (elements.length > 1) throw invalidDefinition(where, `has more than one ${keyType} key`);
    return elements[0]?.AttributeName;
  };

  const partitionKeyName = named('HASH');
  if (partitionKeyName === undefined) throw invalidDefinition(where, 'has no HASH key');
  const sortKeyName = named('RANGE');

  return {
    partitionKey: attribute(partitionKeyName, where),
    ...(sortKeyName === undefined ? {} : { sortKey: attribute(sortKeyName, where) }),
  };
}

function invalidDefinition(where: string, problem: string): InfraInputError {
  return new InfraInputError(
    'infra.table-definition-invalid',
    where,
    `The adapter's todo table definition is unusable: ${where} ${problem}.`,
  );
}
