export type TestDynamoDbKind = 'dynamodb-local' | 'dynalite';

export const ENV_VARIABLE = 'TODO_TEST_DYNAMODB';

export const JAVA_FALLBACK_NOTICE =
  'DynamoDB Local needs Java; running the DynamoDB tests on dynalite instead.';

export interface ChoiceContext {
  env: Readonly<Record<string, string | undefined>>;
  jdkAvailable(): Promise<boolean>;
  notice(message: string): void;
}

/**
 * Picks the server for the DynamoDB tests. DynamoDB Local is the faithful one and the default;
 * dynalite is the fallback for machines without Java, and is never chosen silently on CI, where
 * a missing Java must fail the build rather than quietly lower the tests' fidelity.
 */
export async function chooseTestDynamoDbKind(context: ChoiceContext): Promise<TestDynamoDbKind> {
  const requested = context.env[ENV_VARIABLE];
  if (requested === 'dynalite') return 'dynalite';
  if (requested === 'dynamodb-local') return requireJdk(context, `${ENV_VARIABLE}=dynamodb-local`);
  if (requested !== undefined && requested !== '') {
    throw new Error(`${ENV_VARIABLE} must be 'dynamodb-local' or 'dynalite', not '${requested}'.`);
  }
  if (context.env['CI'] === 'true') return requireJdk(context, 'CI=true');
  if (await context.jdkAvailable()) return 'dynamodb-local';
  context.notice(JAVA_FALLBACK_NOTICE);
  return 'dynalite';
}

async function requireJdk(context: ChoiceContext, why: string): Promise<'dynamodb-local'> {
  if (await context.jdkAvailable()) return 'dynamodb-local';
  throw new Error(
    `The DynamoDB tests must run on DynamoDB Local here (${why}), which needs a JDK, but ` +
      '`java -version` or `javac -version` failed. Install a JDK (17 works), or set ' +
      `${ENV_VARIABLE}=dynalite to run them on dynalite.`,
  );
}
