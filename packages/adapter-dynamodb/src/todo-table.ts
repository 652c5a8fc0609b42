import type {
  AttributeDefinition,
  GlobalSecondaryIndex,
  KeySchemaElement,
} from '@aws-sdk/client-dynamodb';

/**
 * Attribute names of the todo table, for code that builds the table elsewhere (CDK, tests).
 * The base table and the status index share the sort key, so a todo carries one extra key
 * attribute for the index, not two.
 */
export const todoTableAttributes = {
  /** Partition key of the table: `OWNER#<ownerId>`. */
  partitionKey: 'pk',
  /** Sort key of the table and of the status index: `TODO#<todoId>` (later `IDEMPOTENCY#<key>`). */
  sortKey: 'sk',
  /** Partition key of the status index: `OWNER#<ownerId>#open` or `OWNER#<ownerId>#completed`. */
  statusPartitionKey: 'statusPk',
  /**
   * Epoch seconds after which DynamoDB may delete the item. Reserved for idempotency records;
   * todos never carry it.
   */
  timeToLive: 'expiresAt',
} as const;

/** The global secondary index that lists one owner's todos of one status, in creation order. */
export const todoStatusIndexName = 'status-index';

/**
 * The todo table as plain data: everything `CreateTableCommand` needs, plus the TTL attribute,
 * which DynamoDB sets with a separate call. Infrastructure code builds the real table from the same
 * definition, so local runs and AWS agree.
 */
export interface TodoTableDefinition {
  readonly TableName: string;
  readonly AttributeDefinitions: AttributeDefinition[];
  readonly KeySchema: KeySchemaElement[];
  readonly GlobalSecondaryIndexes: GlobalSecondaryIndex[];
  readonly BillingMode: 'PAY_PER_REQUEST';
  /** The attribute DynamoDB's time to live reads; see {@link todoTableAttributes}. */
  readonly TimeToLiveAttribute: string;
}

/** The definition of a todo table named `tableName`. Each call returns fresh objects. */
export function todoTableDefinition(tableName: string): TodoTableDefinition {
  const { partitionKey, sortKey, statusPartitionKey, timeToLive } = todoTableAttributes;

  return {
    TableName: tableName,
    AttributeDefinitions: [
      { AttributeName: partitionKey, AttributeType: 'S' },
      { AttributeName: sortKey, AttributeType: 'S' },
      { AttributeName: statusPartitionKey, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: todoStatusIndexName,
        KeySchema: [
          { AttributeName: statusPartitionKey, KeyType: 'HASH' },
          { AttributeName: sortKey, KeyType: 'RANGE' },
        ],
        // A page is served from the index alone; KEYS_ONLY would cost a second read per todo.
        Projection: { ProjectionType: 'ALL' },
      },
    ],
    BillingMode: 'PAY_PER_REQUEST',
    TimeToLiveAttribute: timeToLive,
  };
}
