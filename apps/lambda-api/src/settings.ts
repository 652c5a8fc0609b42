import { err, ok, type Result } from '@todo/domain';
import type { SettingError } from '@todo/http-contract';

/** What every handler reads from its environment, checked once per container. */
export interface HandlerSettings {
  /** The DynamoDB table that holds the todos (`TODO_TABLE_NAME`). */
  readonly tableName: string;
  /** DynamoDB Local or dynalite (`TODO_DYNAMODB_ENDPOINT`); absent means AWS. */
  readonly endpoint?: string;
  /** Bounds on each DynamoDB call; the adapter's defaults (3 s, 1 s, 3) where absent. */
  readonly timeouts?: DynamoDbTimeouts;
}

/** How long one DynamoDB call may take: per attempt, to connect, and how many attempts. */
export interface DynamoDbTimeouts {
  readonly requestTimeoutMs?: number;
  readonly connectionTimeoutMs?: number;
  readonly maxAttempts?: number;
}

/** The variables that set {@link DynamoDbTimeouts}, with their bounds (as the Fastify app reads them). */
export const dynamoDbTimeoutVariables = [
  ['requestTimeoutMs', 'TODO_DYNAMODB_REQUEST_TIMEOUT_MS', 60_000],
  ['connectionTimeoutMs', 'TODO_DYNAMODB_CONNECT_TIMEOUT_MS', 60_000],
  ['maxAttempts', 'TODO_DYNAMODB_MAX_ATTEMPTS', 10],
] as const;

/** The environment variables the handlers read. Region and credentials are the SDK's own. */
export const handlerVariables = {
  tableName: 'TODO_TABLE_NAME',
  endpoint: 'TODO_DYNAMODB_ENDPOINT',
} as const;

/** The environment, as `process.env` has it. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** A variable's value, trimmed; empty counts as unset. */
export const readVariable = (env: Environment, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
};

// DynamoDB's own rule for table names.
const tableNamePattern = /^[A-Za-z0-9_.-]{3,255}$/;

/**
 * Reads the table name (required) and the endpoint (optional), collecting every problem. Errors
 * name the variable and what it expects, never the value.
 *
 * @example
 * const settings = parseHandlerSettings(process.env);
 * if (!settings.ok) throw new HandlerSettingsError(settings.error);
 */
export const parseHandlerSettings = (
  env: Environment,
): Result<HandlerSettings, readonly SettingError[]> => {
  const errors: SettingError[] = [];

  const tableName = readVariable(env, handlerVariables.tableName);
  if (tableName === undefined || !tableNamePattern.test(tableName)) {
    errors.push({
      variable: handlerVariables.tableName,
      message: 'is required: the DynamoDB table name, 3-255 characters of A-Z a-z 0-9 _ . -',
    });
  }
  const endpoint = readVariable(env, handlerVariables.endpoint);
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    errors.push({
      variable: handlerVariables.endpoint,
      message: 'must be an http(s) URL such as http://127.0.0.1:8000, or be left unset for AWS',
    });
  }

  const timeouts: { -readonly [Name in keyof DynamoDbTimeouts]: number } = {};
  for (const [name, variable, maximum] of dynamoDbTimeoutVariables) {
    const text = readVariable(env, variable);
    if (text === undefined) continue;
    const value = /^[0-9]{1,6}$/.test(text) ? Number(text) : Number.NaN;
    if (value >= 1 && value <= maximum) timeouts[name] = value;
    else errors.push({ variable, message: `must be a whole number from 1 to ${maximum}` });
  }

  if (tableName === undefined || errors.length > 0) return err(errors);
  return ok({
    tableName,
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(Object.keys(timeouts).length === 0 ? {} : { timeouts }),
  });
};

/**
 * Thrown while a handler's module loads when its settings are wrong, so the function fails at
 * init (Lambda reports it, with this message, before any request is served).
 */
export class HandlerSettingsError extends Error {
  override readonly name = 'HandlerSettingsError';
  readonly code = 'lambda-api.settings-invalid';

  constructor(readonly errors: readonly SettingError[]) {
    super(
      [
        'The lambda-api handler cannot start: fix these settings (see apps/lambda-api/README.md).',
        ...errors.map((error) => `  ${error.variable} ${error.message}`),
      ].join('\n'),
    );
  }
}
