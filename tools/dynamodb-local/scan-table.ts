import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * Every item of a table, read with a consistent Scan (not through the app under test) and sorted
 * by `pk`, then `sk`: a snapshot of the store that tests compare before and after requests that
 * must change nothing. Items without those string keys sort as if the key were empty.
 *
 * @example
 * const before = await scanTable(client, tableName);
 * await sendHostileRequests();
 * expect(await scanTable(client, tableName)).toEqual(before);
 */
export const scanTable = async (
  client: DynamoDBClient,
  tableName: string,
): Promise<Record<string, AttributeValue>[]> => {
  const items: Record<string, AttributeValue>[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: startKey }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);

  const keyOf = (item: Record<string, AttributeValue>) =>
    `${item['pk']?.S ?? ''}\u0000${item['sk']?.S ?? ''}`;
  return items.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
};
