import { resolve } from 'node:path';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { InfraInputError } from './infra-input-error.js';
import { defaultBundleDir, parseInfraSettings } from './infra-settings.js';

const required = { jwtIssuer: 'https://issuer.test.example/', jwtAudience: 'todo-api' };
const parse = (context: Readonly<Record<string, unknown>>) =>
  parseInfraSettings((key) => context[key]);

function failureOf(context: Readonly<Record<string, unknown>>): unknown {
  try {
    parse(context);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseInfraSettings', () => {
  it('protects data and picks modest sizes when only issuer and audience are given', () => {
    expect(parse(required)).toEqual({
      stackName: 'TodoService',
      jwtIssuer: required.jwtIssuer,
      jwtAudience: ['todo-api'],
      memoryMb: 256,
      timeoutSeconds: 10,
      protectData: true,
      logRetentionDays: RetentionDays.ONE_MONTH,
      bundleDir: defaultBundleDir,
      requireBundles: false,
    });
  });

  it('looks for bundles where the Lambda app builds them', () => {
    expect(defaultBundleDir).toBe(resolve(import.meta.dirname, '../../lambda-api/dist'));
  });

  it('reads strings from -c and JSON values from cdk.json alike', () => {
    const fromFlags = parse({
      ...required,
      memoryMb: '1024',
      timeoutSeconds: '29',
      protectData: 'false',
      logRetentionDays: '90',
      requireBundles: 'true',
    });
    const fromJson = parse({
      ...required,
      memoryMb: 1024,
      timeoutSeconds: 29,
      protectData: false,
      logRetentionDays: 90,
      requireBundles: true,
    });

    expect(fromJson).toEqual(fromFlags);
    expect(fromFlags).toMatchObject({
      memoryMb: 1024,
      timeoutSeconds: 29,
      protectData: false,
      logRetentionDays: 90,
      requireBundles: true,
    });
  });

  it('splits a comma-separated audience and accepts a JSON list', () => {
    expect(parse({ ...required, jwtAudience: 'web, cli' }).jwtAudience).toEqual(['web', 'cli']);
    expect(parse({ ...required, jwtAudience: ['web', 'cli'] }).jwtAudience).toEqual(['web', 'cli']);
  });

  it('resolves a relative bundle folder and keeps an optional table name', () => {
    const settings = parse({ ...required, bundleDir: 'some/dist', tableName: 'todos-prod' });

    expect(settings.bundleDir).toBe(resolve('some/dist'));
    expect(settings.tableName).toBe('todos-prod');
  });

  it.each(['jwtIssuer', 'jwtAudience'])(
    'refuses to go on without %s, saying how to pass it',
    (key) => {
      const failure = failureOf({ ...required, [key]: undefined });

      expect(failure).toBeInstanceOf(InfraInputError);
      expect(failure).toMatchObject({ code: 'infra.setting-missing', input: key });
      expect(String(failure)).toContain(`-c ${key}=`);
    },
  );

  it.each([
    ['jwtIssuer', 'http://issuer.test.example/'],
    ['jwtIssuer', 'not a url'],
    ['jwtAudience', 'web,,cli'],
    ['jwtAudience', [42]],
    ['memoryMb', '127'],
    ['memoryMb', '10241'],
    ['memoryMb', '256.5'],
    ['memoryMb', '1e3'],
    ['timeoutSeconds', '0'],
    ['timeoutSeconds', '31'],
    ['logRetentionDays', '2'],
    ['logRetentionDays', String(RetentionDays.INFINITE)],
    ['protectData', 'yes'],
    ['requireBundles', 1],
    ['stackName', '1-stack'],
    ['tableName', 'a b'],
    ['tableName', 'ab'],
    ['bundleDir', 7],
  ])('rejects %s = %j, naming the setting', (key, value) => {
    const failure = failureOf({ ...required, [key]: value });

    expect(failure).toBeInstanceOf(InfraInputError);
    expect(failure).toMatchObject({ code: 'infra.setting-invalid', input: key });
    expect(String(failure)).toContain(`"${key}"`);
  });
});
