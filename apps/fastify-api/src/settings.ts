import { join } from 'node:path';
import { err, ok, type Result } from '@todo/domain';
import { parseAuthSettings, type AuthSettings, type SettingError } from '@todo/http-contract';

/** Where todos are kept. */
export type StoreSettings =
  /** Lost when the process ends; for tries and tests. */
  | { readonly kind: 'memory' }
  /** dynalite inside this process, its files in `dataDir`; the table is created on first run. */
  | { readonly kind: 'local'; readonly dataDir: string }
  /** A DynamoDB table (AWS, or DynamoDB Local with `endpoint`). */
  | {
      readonly kind: 'dynamodb';
      readonly tableName: string;
      readonly endpoint?: string;
      readonly region?: string;
      readonly createTable: boolean;
      /** Bounds on each DynamoDB call; the adapter's defaults (3 s, 1 s, 3) where absent. */
      readonly timeouts?: DynamoDbTimeouts;
    };

/** How long one DynamoDB call may take: per attempt, to connect, and how many attempts. */
export interface DynamoDbTimeouts {
  readonly requestTimeoutMs?: number;
  readonly connectionTimeoutMs?: number;
  readonly maxAttempts?: number;
}

/** The variables that set {@link DynamoDbTimeouts}, with their bounds. */
export const dynamoDbTimeoutVariables = [
  ['requestTimeoutMs', 'TODO_DYNAMODB_REQUEST_TIMEOUT_MS', 60_000],
  ['connectionTimeoutMs', 'TODO_DYNAMODB_CONNECT_TIMEOUT_MS', 60_000],
  ['maxAttempts', 'TODO_DYNAMODB_MAX_ATTEMPTS', 10],
] as const;

/** The log levels `TODO_LOG_LEVEL` accepts. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Everything the app reads from its environment, checked. */
export interface AppSettings {
  readonly host: string;
  readonly port: number;
  readonly store: StoreSettings;
  readonly auth: AuthSettings;
  /** Origins allowed by CORS; empty means CORS is off. */
  readonly corsOrigins: readonly string[];
  readonly logLevel: (typeof logLevels)[number];
  /** Bytes of log lines gathered before each write to stdout; 0 writes each line at once. */
  readonly logBufferBytes: number;
}

/** The default of `TODO_LOG_BUFFER_BYTES`: about 20 request lines per write. */
export const defaultLogBufferBytes = 4096;

// Larger buffers save little more (at 4 KiB a write already carries about 20 lines), and pino's
// destination refuses one as large as its largest write, 16 KiB.
const maximumLogBufferBytes = 8192;

type Env = Readonly<Record<string, string | undefined>>;

const read = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
};

const oneOf = <T extends string>(value: string, allowed: readonly T[]): value is T =>
  allowed.some((candidate) => candidate === value);

const storeKinds = ['local', 'memory', 'dynamodb'] as const;

// DynamoDB's own rule for table names.
const tableNamePattern = /^[A-Za-z0-9_.-]{3,255}$/;

const parseOrigin = (value: string): string | undefined => {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  const isOriginOnly = url.origin === value.replace(/\/$/, '') && url.origin !== 'null';
  return isOriginOnly && (url.protocol === 'http:' || url.protocol === 'https:')
    ? url.origin
    : undefined;
};

const parseTimeouts = (env: Env, errors: SettingError[]): DynamoDbTimeouts => {
  const timeouts: { -readonly [Name in keyof DynamoDbTimeouts]: number } = {};
  for (const [name, variable, maximum] of dynamoDbTimeoutVariables) {
    const text = read(env, variable);
    if (text === undefined) continue;
    const value = /^[0-9]{1,6}$/.test(text) ? Number(text) : Number.NaN;
    if (value >= 1 && value <= maximum) timeouts[name] = value;
    else errors.push({ variable, message: `must be a whole number from 1 to ${maximum}` });
  }
  return timeouts;
};

const parseLogBufferBytes = (env: Env, errors: SettingError[]): number => {
  const text = read(env, 'TODO_LOG_BUFFER_BYTES');
  if (text === undefined) return defaultLogBufferBytes;
  const value = /^[0-9]{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (value >= 0 && value <= maximumLogBufferBytes) return value;
  errors.push({
    variable: 'TODO_LOG_BUFFER_BYTES',
    message: `must be a whole number from 0 (write each line at once) to ${maximumLogBufferBytes}`,
  });
  return defaultLogBufferBytes;
};

const parseStore = (env: Env, errors: SettingError[]): StoreSettings | undefined => {
  const kind = read(env, 'TODO_STORE') ?? 'local';
  if (!oneOf(kind, storeKinds)) {
    errors.push({ variable: 'TODO_STORE', message: `must be one of ${storeKinds.join(', ')}` });
    return undefined;
  }
  if (kind === 'memory') return { kind };
  if (kind === 'local') {
    const dataDir = read(env, 'TODO_DATA_DIR') ?? '.data';
    // Each app keeps its own folder: LevelDB allows one process per folder.
    return { kind, dataDir: join(dataDir, 'fastify-api') };
  }

  const tableName = read(env, 'TODO_TABLE_NAME');
  if (tableName === undefined || !tableNamePattern.test(tableName)) {
    errors.push({
      variable: 'TODO_TABLE_NAME',
      message: 'is required with TODO_STORE=dynamodb: 3-255 characters of A-Z a-z 0-9 _ . -',
    });
  }
  const endpoint = read(env, 'TODO_DYNAMODB_ENDPOINT');
  if (endpoint !== undefined && !/^https?:\/\//.test(endpoint)) {
    errors.push({
      variable: 'TODO_DYNAMODB_ENDPOINT',
      message: 'must be an http(s) URL such as http://127.0.0.1:8000',
    });
  }
  const createTable = read(env, 'TODO_CREATE_TABLE') ?? 'false';
  if (createTable !== 'true' && createTable !== 'false') {
    errors.push({ variable: 'TODO_CREATE_TABLE', message: 'must be true or false' });
  }
  const timeouts = parseTimeouts(env, errors);
  if (tableName === undefined || errors.length > 0) return undefined;

  const region = read(env, 'AWS_REGION') ?? read(env, 'AWS_DEFAULT_REGION');
  return {
    kind,
    tableName,
    createTable: createTable === 'true',
    ...(Object.keys(timeouts).length === 0 ? {} : { timeouts }),
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(region === undefined ? {} : { region }),
  };
};

/**
 * Reads and checks the app's settings, collecting every problem. Each error names the variable
 * and what it expects, never the value (it may be a secret).
 *
 * @example
 * const settings = parseSettings(process.env);
 * if (!settings.ok) { console.error(describeSettingErrors(settings.error)); process.exit(1); }
 */
export const parseSettings = (env: Env): Result<AppSettings, readonly SettingError[]> => {
  const errors: SettingError[] = [];

  const host = read(env, 'HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) {
    errors.push({ variable: 'HOST', message: 'must be an IP address or a host name' });
  }
  const portText = read(env, 'PORT') ?? '3000';
  const port = /^[0-9]{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
  if (!(port >= 0 && port <= 65_535)) {
    errors.push({
      variable: 'PORT',
      message: 'must be a whole number from 0 to 65535 (0 picks a free port)',
    });
  }
  const store = parseStore(env, errors);
  const auth = parseAuthSettings(env);
  if (!auth.ok) errors.push(...auth.error);

  const corsOrigins = (read(env, 'TODO_CORS_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  const parsedOrigins = corsOrigins.map(parseOrigin);
  if (parsedOrigins.some((origin) => origin === undefined)) {
    errors.push({
      variable: 'TODO_CORS_ORIGINS',
      message: 'must be a comma-separated list of origins such as https://app.example.com',
    });
  }
  const logLevel = read(env, 'TODO_LOG_LEVEL') ?? 'info';
  if (!oneOf(logLevel, logLevels)) {
    errors.push({ variable: 'TODO_LOG_LEVEL', message: `must be one of ${logLevels.join(', ')}` });
  }

  const logBufferBytes = parseLogBufferBytes(env, errors);

  if (errors.length > 0 || store === undefined || !auth.ok || !oneOf(logLevel, logLevels)) {
    return err(errors);
  }
  return ok({
    host,
    port,
    store,
    auth: auth.value,
    corsOrigins: parsedOrigins.filter((origin) => origin !== undefined),
    logLevel,
    logBufferBytes,
  });
};

/** The message printed before exiting on bad settings: one line per variable. */
export const describeSettingErrors = (errors: readonly SettingError[]): string =>
  [
    'The fastify-api cannot start: fix these settings (see apps/fastify-api/README.md).',
    ...errors.map((error) => `  ${error.variable} ${error.message}`),
  ].join('\n');
