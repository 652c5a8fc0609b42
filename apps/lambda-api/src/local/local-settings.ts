import { join } from 'node:path';
import { err, ok, type Result } from '@todo/domain';
import { parseAuthSettings, type AuthSettings, type SettingError } from '@todo/http-contract';
import {
  parseHandlerSettings,
  readVariable,
  type Environment,
  type HandlerSettings,
} from '../settings.js';

/** Where the local server keeps todos. */
export type LocalStoreSettings =
  /** dynalite inside the process, its files in `dataDir`; the table is created on first run. */
  | { readonly kind: 'local'; readonly dataDir: string }
  /** A DynamoDB table (DynamoDB Local with an endpoint, or AWS), as the handlers reach it. */
  | (HandlerSettings & {
      readonly kind: 'dynamodb';
      readonly region?: string;
      readonly createTable: boolean;
    });

/** Everything `pnpm start:lambda` reads from its environment, checked. */
export interface LocalServerSettings {
  /** Always on 127.0.0.1: the local server is for the machine it runs on. */
  readonly port: number;
  readonly store: LocalStoreSettings;
  /** How the local gateway checks tokens, as API Gateway's JWT authorizer would. */
  readonly auth: AuthSettings;
}

/** The port the local server takes when `PORT` is unset (the Fastify app takes 3000). */
export const defaultLocalPort = 3001;

const storeKinds = ['local', 'dynamodb'] as const;

const parseStore = (env: Environment, errors: SettingError[]): LocalStoreSettings | undefined => {
  const kind = readVariable(env, 'TODO_STORE') ?? 'local';
  if (kind === 'local') {
    const dataDir = readVariable(env, 'TODO_DATA_DIR') ?? '.data';
    // Its own folder, apart from the Fastify app's: LevelDB allows one process per folder.
    return { kind, dataDir: join(dataDir, 'lambda-api') };
  }
  if (kind !== 'dynamodb') {
    errors.push({ variable: 'TODO_STORE', message: `must be one of ${storeKinds.join(', ')}` });
    return undefined;
  }

  const table = parseHandlerSettings(env);
  if (!table.ok) errors.push(...table.error);
  const createTable = readVariable(env, 'TODO_CREATE_TABLE') ?? 'false';
  if (createTable !== 'true' && createTable !== 'false') {
    errors.push({ variable: 'TODO_CREATE_TABLE', message: 'must be true or false' });
  }
  if (!table.ok || errors.length > 0) return undefined;

  const region = readVariable(env, 'AWS_REGION') ?? readVariable(env, 'AWS_DEFAULT_REGION');
  return {
    kind,
    ...table.value,
    createTable: createTable === 'true',
    ...(region === undefined ? {} : { region }),
  };
};

/**
 * Reads and checks the local server's settings, collecting every problem: `PORT` (default
 * 3001), the store (`TODO_STORE`, `TODO_DATA_DIR`, `TODO_TABLE_NAME`, `TODO_DYNAMODB_ENDPOINT`,
 * `TODO_CREATE_TABLE`) and the token settings the Fastify app reads (`TODO_JWT_*`; none set means
 * development mode). Errors name the variable, never its value.
 *
 * @example
 * const settings = parseLocalServerSettings(process.env);
 * if (!settings.ok) console.error(describeLocalSettingErrors(settings.error));
 */
export const parseLocalServerSettings = (
  env: Environment,
): Result<LocalServerSettings, readonly SettingError[]> => {
  const errors: SettingError[] = [];

  const portText = readVariable(env, 'PORT') ?? String(defaultLocalPort);
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

  if (errors.length > 0 || store === undefined || !auth.ok) return err(errors);
  return ok({ port, store, auth: auth.value });
};

/** The message printed before exiting on bad settings: one line per variable. */
export const describeLocalSettingErrors = (errors: readonly SettingError[]): string =>
  [
    'The lambda-api local server cannot start: fix these settings (see apps/lambda-api/README.md).',
    ...errors.map((error) => `  ${error.variable} ${error.message}`),
  ].join('\n');
