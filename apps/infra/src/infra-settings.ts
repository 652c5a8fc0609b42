import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { InfraInputError } from './infra-input-error.js';

/**
 * Everything a deployment may choose, read once from CDK context (`-c name=value` or `cdk.json`)
 * and validated before any resource is built.
 */
export interface InfraSettings {
  /** CloudFormation stack name; one stack per stage (`TodoService`, `TodoServiceStaging`). */
  readonly stackName: string;
  /** Issuer (`iss`) the HTTP API's JWT authorizer accepts: an https URL with OIDC discovery. */
  readonly jwtIssuer: string;
  /** Audiences (`aud`, or `client_id` for Cognito access tokens) the authorizer accepts. */
  readonly jwtAudience: readonly string[];
  /** Memory of each handler function in MB; CPU grows with it. */
  readonly memoryMb: number;
  /** Timeout of each handler function in seconds, at most the API's 30 s integration limit. */
  readonly timeoutSeconds: number;
  /** Keep the table (and logs) when the stack or resource goes away, and block table deletion. */
  readonly protectData: boolean;
  /** How long the handlers' CloudWatch log groups keep events. */
  readonly logRetentionDays: RetentionDays;
  /** A fixed physical table name; absent lets CloudFormation generate a unique one. */
  readonly tableName?: string;
  /** Folder holding one `<handler>/index.mjs` bundle per handler of the Lambda app. */
  readonly bundleDir: string;
  /** Fail instead of deploying a placeholder when a bundle is missing (set by `deploy`). */
  readonly requireBundles: boolean;
}

/** Where `pnpm nx build lambda-api` writes the handler bundles. */
export const defaultBundleDir = fileURLToPath(new URL('../../lambda-api/dist', import.meta.url));

/** Limits the settings are checked against, exported for the docs and tests. */
export const infraSettingLimits = {
  memoryMb: { min: 128, max: 10_240, default: 256 },
  // API Gateway HTTP APIs give up on an integration after 30 s; a longer Lambda timeout only
  // keeps paying for work whose answer nobody receives.
  timeoutSeconds: { min: 1, max: 30, default: 10 },
  logRetentionDays: { default: RetentionDays.ONE_MONTH },
} as const;

const stackNamePattern = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const tableNamePattern = /^[A-Za-z0-9_.-]{3,255}$/;

// Retention must be bounded: INFINITE would let log storage, the one cost that grows at rest
// without traffic, grow forever.
const retentionChoices: readonly number[] = Object.values(RetentionDays).filter(
  (value): value is number => typeof value === 'number' && value !== RetentionDays.INFINITE,
);

/**
 * Reads and checks the deployment settings. `read` returns the raw context value of a key
 * (`app.node.tryGetContext`): a string from `-c`, or any JSON value from `cdk.json`.
 *
 * @throws {InfraInputError} `infra.setting-missing` for a missing issuer or audience,
 *   `infra.setting-invalid` for any value out of its range, naming the key and what it expects.
 */
export function parseInfraSettings(read: (key: string) => unknown): InfraSettings {
  const tableName = optionalString(read, 'tableName');
  if (tableName !== undefined && !tableNamePattern.test(tableName)) {
    throw invalid('tableName', 'a DynamoDB table name: 3-255 of A-Z a-z 0-9 _ . -');
  }

  const stackName = optionalString(read, 'stackName') ?? 'TodoService';
  if (!stackNamePattern.test(stackName)) {
    throw invalid('stackName', 'a CloudFormation stack name: a letter, then letters, digits, -');
  }

  const bundleDir = optionalString(read, 'bundleDir');

  return {
    stackName,
    jwtIssuer: jwtIssuer(read),
    jwtAudience: jwtAudience(read),
    memoryMb: integer(read, 'memoryMb', infraSettingLimits.memoryMb),
    timeoutSeconds: integer(read, 'timeoutSeconds', infraSettingLimits.timeoutSeconds),
    protectData: boolean(read, 'protectData', true),
    logRetentionDays: logRetentionDays(read),
    ...(tableName === undefined ? {} : { tableName }),
    bundleDir: bundleDir === undefined ? defaultBundleDir : resolve(bundleDir),
    requireBundles: boolean(read, 'requireBundles', false),
  };
}

function jwtIssuer(read: (key: string) => unknown): string {
  const value = optionalString(read, 'jwtIssuer');
  if (value === undefined) {
    throw new InfraInputError(
      'infra.setting-missing',
      'jwtIssuer',
      'Context "jwtIssuer" is missing: pass -c jwtIssuer=https://<your identity provider>/ ' +
        '(for Cognito: https://cognito-idp.<region>.amazonaws.com/<user pool id>).',
    );
  }
  if (!URL.canParse(value) || new URL(value).protocol !== 'https:') {
    throw invalid('jwtIssuer', 'an https URL, the exact "iss" claim of your tokens');
  }
  return value;
}

function jwtAudience(read: (key: string) => unknown): readonly string[] {
  const raw = read('jwtAudience');
  if (raw === undefined || raw === '') {
    throw new InfraInputError(
      'infra.setting-missing',
      'jwtAudience',
      'Context "jwtAudience" is missing: pass -c jwtAudience=<audience>[,<audience>...] ' +
        '(for Cognito: the app client id).',
    );
  }

  const parts = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : [raw];
  const audiences = parts.map((part) => (typeof part === 'string' ? part.trim() : ''));
  if (audiences.some((audience) => audience === '')) {
    throw invalid('jwtAudience', 'one or more non-empty audiences, separated by commas');
  }
  return audiences;
}

function logRetentionDays(read: (key: string) => unknown): RetentionDays {
  const days = integer(read, 'logRetentionDays', {
    min: 1,
    max: RetentionDays.TEN_YEARS,
    default: infraSettingLimits.logRetentionDays.default,
  });
  const choice = retentionChoices.find((allowed) => allowed === days);
  if (choice === undefined) {
    throw invalid(
      'logRetentionDays',
      `one of CloudWatch's periods: ${retentionChoices.join(', ')}`,
    );
  }
  return choice;
}

function optionalString(read: (key: string) => unknown, key: string): string | undefined {
  const value = read(key);
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw invalid(key, 'a string');
  return value;
}

function integer(
  read: (key: string) => unknown,
  key: string,
  limits: { readonly min: number; readonly max: number; readonly default: number },
): number {
  const raw = read(key);
  if (raw === undefined || raw === '') return limits.default;

  // `-c` gives strings and cdk.json gives numbers; accept both, but only whole numbers.
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < limits.min ||
    value > limits.max
  ) {
    throw invalid(key, `a whole number from ${limits.min} to ${limits.max}`);
  }
  return value;
}

function boolean(read: (key: string) => unknown, key: string, fallback: boolean): boolean {
  const raw = read(key);
  if (raw === undefined || raw === '') return fallback;
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  throw invalid(key, 'true or false');
}

function invalid(key: string, expected: string): InfraInputError {
  return new InfraInputError(
    'infra.setting-invalid',
    key,
    `Context "${key}" is invalid: expected ${expected}.`,
  );
}
