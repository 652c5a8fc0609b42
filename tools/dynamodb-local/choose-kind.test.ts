import { describe, expect, it } from 'vitest';
import { chooseTestDynamoDbKind, JAVA_FALLBACK_NOTICE } from './choose-kind.js';

const choose = async (env: Record<string, string>, jdk: boolean) => {
  const notices: string[] = [];
  const kind = await chooseTestDynamoDbKind({
    env,
    jdkAvailable: () => Promise.resolve(jdk),
    notice: (message) => notices.push(message),
  });
  return { kind, notices };
};

describe('chooseTestDynamoDbKind', () => {
  it('uses DynamoDB Local when a JDK is there', async () => {
    expect(await choose({}, true)).toEqual({ kind: 'dynamodb-local', notices: [] });
  });

  it('falls back to dynalite without a JDK outside CI, and says so', async () => {
    expect(await choose({}, false)).toEqual({ kind: 'dynalite', notices: [JAVA_FALLBACK_NOTICE] });
    expect(await choose({ CI: 'false' }, false)).toMatchObject({ kind: 'dynalite' });
  });

  it('requires DynamoDB Local on CI', async () => {
    expect(await choose({ CI: 'true' }, true)).toMatchObject({ kind: 'dynamodb-local' });
    await expect(choose({ CI: 'true' }, false)).rejects.toThrow(/CI=true.*needs a JDK/);
  });

  it('follows TODO_TEST_DYNAMODB over everything else', async () => {
    expect(await choose({ TODO_TEST_DYNAMODB: 'dynalite', CI: 'true' }, true)).toEqual({
      kind: 'dynalite',
      notices: [],
    });
    expect(await choose({ TODO_TEST_DYNAMODB: 'dynamodb-local' }, true)).toMatchObject({
      kind: 'dynamodb-local',
    });
    await expect(choose({ TODO_TEST_DYNAMODB: 'dynamodb-local' }, false)).rejects.toThrow(
      /TODO_TEST_DYNAMODB=dynamodb-local/,
    );
    expect(await choose({ TODO_TEST_DYNAMODB: '' }, false)).toMatchObject({ kind: 'dynalite' });
  });

  it('rejects an unknown TODO_TEST_DYNAMODB rather than guess', async () => {
    await expect(choose({ TODO_TEST_DYNAMODB: 'dynamo' }, true)).rejects.toThrow(
      /must be 'dynamodb-local' or 'dynalite'/,
    );
  });
});
