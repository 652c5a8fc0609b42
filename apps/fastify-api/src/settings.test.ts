import { describe, expect, it } from 'vitest';
import { describeSettingErrors, parseSettings } from './settings.js';

const secret = 's'.repeat(32);

const errorsOf = (env: Record<string, string>) => {
  const settings = parseSettings(env);
  return settings.ok ? [] : settings.error.map((error) => error.variable);
};

describe('parseSettings', () => {
  it('defaults to 127.0.0.1:3000, the local store under .data, development auth, no CORS', () => {
    const settings = parseSettings({});

    expect(settings).toMatchObject({
      ok: true,
      value: {
        host: '127.0.0.1',
        port: 3000,
        store: { kind: 'local', dataDir: '.data/fastify-api' },
        auth: { mode: 'development' },
        corsOrigins: [],
        logLevel: 'info',
        logBufferBytes: 4096,
      },
    });
  });

  it('reads every setting', () => {
    const settings = parseSettings({
      HOST: '0.0.0.0',
      PORT: '8080',
      TODO_STORE: 'dynamodb',
      TODO_TABLE_NAME: 'todos-prod',
      TODO_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      TODO_CREATE_TABLE: 'true',
      AWS_REGION: 'eu-west-1',
      TODO_JWT_SECRET: secret,
      TODO_JWT_ISSUER: 'https://issuer.example',
      TODO_CORS_ORIGINS: 'https://a.example, http://localhost:5173',
      TODO_LOG_LEVEL: 'debug',
      TODO_LOG_BUFFER_BYTES: '1024',
    });

    expect(settings).toEqual({
      ok: true,
      value: {
        host: '0.0.0.0',
        port: 8080,
        store: {
          kind: 'dynamodb',
          tableName: 'todos-prod',
          endpoint: 'http://127.0.0.1:8000',
          region: 'eu-west-1',
          createTable: true,
        },
        auth: { mode: 'secret', secret, issuer: 'https://issuer.example' },
        corsOrigins: ['https://a.example', 'http://localhost:5173'],
        logLevel: 'debug',
        logBufferBytes: 1024,
      },
    });
  });

  it('turns log buffering off with TODO_LOG_BUFFER_BYTES=0', () => {
    const settings = parseSettings({ TODO_LOG_BUFFER_BYTES: '0' });

    expect(settings).toMatchObject({ ok: true, value: { logBufferBytes: 0 } });
  });

  it('keeps the local store in its own folder under TODO_DATA_DIR', () => {
    const settings = parseSettings({ TODO_DATA_DIR: '/var/lib/todo' });

    expect(settings).toMatchObject({
      value: { store: { kind: 'local', dataDir: '/var/lib/todo/fastify-api' } },
    });
  });

  it('creates DynamoDB tables only when asked', () => {
    const settings = parseSettings({ TODO_STORE: 'dynamodb', TODO_TABLE_NAME: 'todos' });

    expect(settings).toMatchObject({ value: { store: { kind: 'dynamodb', createTable: false } } });
  });

  it('reads the DynamoDB timeouts, leaving unset ones to the adapter', () => {
    const settings = parseSettings({
      TODO_STORE: 'dynamodb',
      TODO_TABLE_NAME: 'todos',
      TODO_DYNAMODB_REQUEST_TIMEOUT_MS: '500',
      TODO_DYNAMODB_MAX_ATTEMPTS: '2',
    });

    expect(settings).toMatchObject({
      value: { store: { timeouts: { requestTimeoutMs: 500, maxAttempts: 2 } } },
    });
    expect(settings.ok && settings.value.store).not.toHaveProperty('timeouts.connectionTimeoutMs');
  });

  it.each([
    [{ PORT: 'eighty' }, ['PORT']],
    [{ PORT: '70000' }, ['PORT']],
    [{ PORT: '-1' }, ['PORT']],
    [{ HOST: 'bad host' }, ['HOST']],
    [{ TODO_STORE: 'postgres' }, ['TODO_STORE']],
    [{ TODO_STORE: 'dynamodb' }, ['TODO_TABLE_NAME']],
    [{ TODO_STORE: 'dynamodb', TODO_TABLE_NAME: 'x' }, ['TODO_TABLE_NAME']],
    [
      { TODO_STORE: 'dynamodb', TODO_TABLE_NAME: 'todos', TODO_CREATE_TABLE: 'yes' },
      ['TODO_CREATE_TABLE'],
    ],
    [
      {
        TODO_STORE: 'dynamodb',
        TODO_TABLE_NAME: 'todos',
        TODO_DYNAMODB_ENDPOINT: 'localhost:8000',
      },
      ['TODO_DYNAMODB_ENDPOINT'],
    ],
    [
      {
        TODO_STORE: 'dynamodb',
        TODO_TABLE_NAME: 'todos',
        TODO_DYNAMODB_REQUEST_TIMEOUT_MS: '0',
        TODO_DYNAMODB_CONNECT_TIMEOUT_MS: '1.5',
        TODO_DYNAMODB_MAX_ATTEMPTS: '11',
      },
      [
        'TODO_DYNAMODB_REQUEST_TIMEOUT_MS',
        'TODO_DYNAMODB_CONNECT_TIMEOUT_MS',
        'TODO_DYNAMODB_MAX_ATTEMPTS',
      ],
    ],
    [{ TODO_CORS_ORIGINS: 'https://a.example/path' }, ['TODO_CORS_ORIGINS']],
    [{ TODO_CORS_ORIGINS: '*' }, ['TODO_CORS_ORIGINS']],
    [{ TODO_LOG_LEVEL: 'loud' }, ['TODO_LOG_LEVEL']],
    [{ TODO_LOG_BUFFER_BYTES: '4 KiB' }, ['TODO_LOG_BUFFER_BYTES']],
    [{ TODO_LOG_BUFFER_BYTES: '-1' }, ['TODO_LOG_BUFFER_BYTES']],
    [{ TODO_LOG_BUFFER_BYTES: '16384' }, ['TODO_LOG_BUFFER_BYTES']],
    [{ TODO_JWT_SECRET: 'short' }, ['TODO_JWT_SECRET']],
    [
      { PORT: 'x', TODO_STORE: 'x', TODO_JWT_ISSUER: 'https://i' },
      ['PORT', 'TODO_STORE', 'TODO_JWT_ISSUER'],
    ],
  ])('refuses %o, naming %o', (env, variables) => {
    expect(errorsOf(env)).toEqual(variables);
  });

  it('explains each error on its own line without echoing values', () => {
    const settings = parseSettings({ PORT: 'eighty', TODO_JWT_SECRET: 'too-short-secret' });
    if (settings.ok) throw new Error('expected errors');

    const message = describeSettingErrors(settings.error);

    expect(message.split('\n')).toEqual([
      expect.stringContaining('cannot start'),
      expect.stringMatching(/^ {2}PORT must be a whole number from 0 to 65535/),
      expect.stringMatching(/^ {2}TODO_JWT_SECRET must be at least 32 bytes/),
    ]);
    expect(message).not.toContain('too-short-secret');
  });
});
