import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeLocalSettingErrors, parseLocalServerSettings } from './local-settings.js';

const variablesOf = (env: Record<string, string>) => {
  const settings = parseLocalServerSettings(env);
  return settings.ok ? [] : settings.error.map((error) => error.variable);
};

describe('parseLocalServerSettings', () => {
  it('defaults to port 3001, the embedded store in .data/lambda-api and development mode', () => {
    const settings = parseLocalServerSettings({});

    expect(settings).toMatchObject({
      ok: true,
      value: {
        port: 3001,
        store: { kind: 'local', dataDir: join('.data', 'lambda-api') },
        auth: { mode: 'development' },
      },
    });
  });

  it('keeps its own folder under TODO_DATA_DIR', () => {
    const settings = parseLocalServerSettings({ TODO_DATA_DIR: '/var/todo', PORT: '0' });

    expect(settings).toMatchObject({
      ok: true,
      value: { port: 0, store: { kind: 'local', dataDir: join('/var/todo', 'lambda-api') } },
    });
  });

  it('reads a DynamoDB store as the handlers do, with region and table creation', () => {
    const settings = parseLocalServerSettings({
      TODO_STORE: 'dynamodb',
      TODO_TABLE_NAME: 'todos',
      TODO_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      TODO_CREATE_TABLE: 'true',
      AWS_REGION: 'eu-west-1',
    });

    expect(settings).toMatchObject({
      ok: true,
      value: {
        store: {
          kind: 'dynamodb',
          tableName: 'todos',
          endpoint: 'http://127.0.0.1:8000',
          region: 'eu-west-1',
          createTable: true,
        },
      },
    });
  });

  it.each([
    [{ PORT: '70000' }, ['PORT']],
    [{ PORT: 'http' }, ['PORT']],
    [{ TODO_STORE: 'memory' }, ['TODO_STORE']],
    [{ TODO_STORE: 'dynamodb' }, ['TODO_TABLE_NAME']],
    [
      { TODO_STORE: 'dynamodb', TODO_TABLE_NAME: 'todos', TODO_CREATE_TABLE: 'yes' },
      ['TODO_CREATE_TABLE'],
    ],
    [{ TODO_JWT_SECRET: 'short' }, ['TODO_JWT_SECRET']],
    [{ PORT: '-1', TODO_JWT_ISSUER: 'https://issuer' }, ['PORT', 'TODO_JWT_ISSUER']],
  ])('refuses %j, naming %j', (env, variables) => {
    expect(variablesOf(env)).toEqual(variables);
  });

  it('describes every problem on its own line, without values', () => {
    const settings = parseLocalServerSettings({ PORT: 'secret-port', TODO_STORE: 'dynamodb' });
    const message = settings.ok ? '' : describeLocalSettingErrors(settings.error);

    expect(message.split('\n')).toHaveLength(3);
    expect(message).toMatch(/^ {2}PORT /m);
    expect(message).toMatch(/^ {2}TODO_TABLE_NAME /m);
    expect(message).not.toContain('secret-port');
  });
});
