// What both Lambda baselines share: the table and its document client, built at module scope as
// the app's composition root builds them (once per container), and a way to read an event's
// fields without trusting its shape.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** The todo table, from the function's environment. */
export const tableName = process.env['TODO_TABLE_NAME'] ?? '';

/** The document client every request goes through. */
export const client = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    ...(process.env['TODO_DYNAMODB_ENDPOINT']
      ? { endpoint: process.env['TODO_DYNAMODB_ENDPOINT'] }
      : {}),
  }),
  { marshallOptions: { removeUndefinedValues: true } },
);

/** The value at `path` inside `value`, or undefined where the path leads nowhere. */
export const at = (value: unknown, ...path: string[]): unknown => {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
};

/** `value` if it is a string. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** A todo's key in the app's table layout. */
export const keyOf = (owner: string, id: string) => ({ pk: `OWNER#${owner}`, sk: `TODO#${id}` });
