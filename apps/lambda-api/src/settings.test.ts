import { describe, expect, it } from 'vitest';
import { handlerApplicationFromEnvironment } from './composition-root.js';
import { getTodoWiring } from './handler-wiring.js';
import { HandlerSettingsError, parseHandlerSettings } from './settings.js';

describe('parseHandlerSettings', () => {
  it('reads the table name and, when set, the endpoint', () => {
    expect(parseHandlerSettings({ TODO_TABLE_NAME: 'todos' })).toEqual({
      ok: true,
      value: { tableName: 'todos' },
    });
    expect(
      parseHandlerSettings({
        TODO_TABLE_NAME: ' todos-prod ',
        TODO_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      }),
    ).toEqual({ ok: true, value: { tableName: 'todos-prod', endpoint: 'http://127.0.0.1:8000' } });
  });

  it.each([
    ['missing', {}],
    ['empty', { TODO_TABLE_NAME: '  ' }],
    ['too short', { TODO_TABLE_NAME: 'ab' }],
    ['with a character DynamoDB refuses', { TODO_TABLE_NAME: 'todo table' }],
  ])('refuses a table name that is %s, naming TODO_TABLE_NAME', (_name, env) => {
    const settings = parseHandlerSettings(env);

    expect(settings.ok ? [] : settings.error.map((error) => error.variable)).toEqual([
      'TODO_TABLE_NAME',
    ]);
  });

  it('reads the DynamoDB timeouts, each within its bounds', () => {
    const settings = parseHandlerSettings({
      TODO_TABLE_NAME: 'todos',
      TODO_DYNAMODB_REQUEST_TIMEOUT_MS: '800',
      TODO_DYNAMODB_CONNECT_TIMEOUT_MS: '300',
      TODO_DYNAMODB_MAX_ATTEMPTS: '2',
    });
    const refused = parseHandlerSettings({
      TODO_TABLE_NAME: 'todos',
      TODO_DYNAMODB_REQUEST_TIMEOUT_MS: '60001',
      TODO_DYNAMODB_MAX_ATTEMPTS: 'three',
    });

    expect(settings).toEqual({
      ok: true,
      value: {
        tableName: 'todos',
        timeouts: { requestTimeoutMs: 800, connectionTimeoutMs: 300, maxAttempts: 2 },
      },
    });
    expect(refused.ok ? [] : refused.error.map((error) => error.variable)).toEqual([
      'TODO_DYNAMODB_REQUEST_TIMEOUT_MS',
      'TODO_DYNAMODB_MAX_ATTEMPTS',
    ]);
  });

  it('refuses an endpoint that is not an http(s) URL, and reports every problem at once', () => {
    const settings = parseHandlerSettings({ TODO_DYNAMODB_ENDPOINT: '127.0.0.1:8000' });

    expect(settings.ok ? [] : settings.error.map((error) => error.variable)).toEqual([
      'TODO_TABLE_NAME',
      'TODO_DYNAMODB_ENDPOINT',
    ]);
  });
});

describe('handlerApplicationFromEnvironment', () => {
  it('fails at init with a message naming TODO_TABLE_NAME when it is missing', () => {
    const init = () =>
      handlerApplicationFromEnvironment(getTodoWiring, { AWS_REGION: 'us-east-1' });

    expect(init).toThrow(HandlerSettingsError);
    expect(init).toThrow(/TODO_TABLE_NAME is required/);
  });

  it('never repeats a value in its message', () => {
    const init = () =>
      handlerApplicationFromEnvironment(getTodoWiring, {
        TODO_TABLE_NAME: 'x',
        TODO_DYNAMODB_ENDPOINT: 'secret',
      });

    expect(init).toThrow(/TODO_TABLE_NAME[\s\S]*TODO_DYNAMODB_ENDPOINT/);
    expect(init).not.toThrow(/secret/);
  });
});
