import { todoTableDefinition, type TodoTableDefinition } from '@todo/adapter-dynamodb';
import { AttributeType, BillingMode, ProjectionType } from 'aws-cdk-lib/aws-dynamodb';
import { describe, expect, it } from 'vitest';
import { InfraInputError } from './infra-input-error.js';
import { todoTableShape } from './todo-table-shape.js';

const definition = todoTableDefinition('todos');

/** The name of the `keyType` key in a key schema, read from the definition under test. */
const keyName = (
  schema: TodoTableDefinition['KeySchema'] | undefined,
  keyType: 'HASH' | 'RANGE',
): string | undefined => schema?.find((key) => key.KeyType === keyType)?.AttributeName;

describe('todoTableShape', () => {
  it("takes the table's keys from the definition", () => {
    const shape = todoTableShape(definition);

    expect(shape.partitionKey).toEqual({
      name: keyName(definition.KeySchema, 'HASH'),
      type: AttributeType.STRING,
    });
    expect(shape.sortKey).toEqual({
      name: keyName(definition.KeySchema, 'RANGE'),
      type: AttributeType.STRING,
    });
  });

  it('takes every global secondary index with its keys and projection', () => {
    const shape = todoTableShape(definition);

    expect(shape.globalSecondaryIndexes.map((index) => index.indexName)).toEqual(
      definition.GlobalSecondaryIndexes.map((index) => index.IndexName),
    );
    definition.GlobalSecondaryIndexes.forEach((index, position) => {
      expect(shape.globalSecondaryIndexes[position]).toMatchObject({
        partitionKey: { name: keyName(index.KeySchema, 'HASH') },
        sortKey: { name: keyName(index.KeySchema, 'RANGE') },
        projectionType: index.Projection?.ProjectionType,
      });
    });
  });

  it('takes the time-to-live attribute and on-demand billing', () => {
    const shape = todoTableShape(definition);

    expect(shape.timeToLiveAttribute).toBe(definition.TimeToLiveAttribute);
    expect(shape.billingMode).toBe(BillingMode.PAY_PER_REQUEST);
  });

  it('maps number keys and INCLUDE projections too', () => {
    const shape = todoTableShape({
      ...definition,
      AttributeDefinitions: [
        { AttributeName: 'owner', AttributeType: 'S' },
        { AttributeName: 'createdAt', AttributeType: 'N' },
      ],
      KeySchema: [{ AttributeName: 'owner', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'by-time',
          KeySchema: [
            { AttributeName: 'owner', KeyType: 'HASH' },
            { AttributeName: 'createdAt', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['title'] },
        },
      ],
    });

    expect(shape.sortKey).toBeUndefined();
    expect(shape.globalSecondaryIndexes).toEqual([
      {
        indexName: 'by-time',
        partitionKey: { name: 'owner', type: AttributeType.STRING },
        sortKey: { name: 'createdAt', type: AttributeType.NUMBER },
        projectionType: ProjectionType.INCLUDE,
        nonKeyAttributes: ['title'],
      },
    ]);
  });

  it.each<[string, Partial<TodoTableDefinition>]>([
    ['an undeclared key attribute', { AttributeDefinitions: [] }],
    ['no partition key', { KeySchema: [] }],
    [
      'two partition keys',
      {
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'HASH' },
        ],
      },
    ],
    [
      'an unnamed index',
      {
        GlobalSecondaryIndexes: [
          {
            IndexName: undefined,
            KeySchema: definition.KeySchema,
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      },
    ],
    [
      'an unknown attribute type',
      { AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: undefined }] },
    ],
  ])('rejects a definition with %s', (_case, change) => {
    expect(() => todoTableShape({ ...definition, ...change })).toThrow(InfraInputError);
  });
});
