import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InfraInputError } from './infra-input-error.js';
import { synthTodoStack, type SynthesizedTodoStack } from './test-support/synth-todo-stack.js';
import { isRecord, onlyResourceOfType, resourcesOfType } from './test-support/template-queries.js';

const bundled = ['create-todo', 'get-todo'];

let synthesized: SynthesizedTodoStack;
beforeAll(() => {
  synthesized = synthTodoStack({ protectData: 'false', tableName: 'todos-staging' }, bundled);
});
afterAll(() => synthesized.dispose());

describe('with protectData=false', () => {
  it('lets the table be deleted with the stack', () => {
    const table = onlyResourceOfType(synthesized.template, 'AWS::DynamoDB::Table');

    expect(table.properties['DeletionProtectionEnabled']).toBe(false);
    expect(table.deletionPolicy).toBe('Delete');
    expect(table.updateReplacePolicy).toBe('Delete');
  });

  it('keeps point-in-time recovery on all the same', () => {
    const table = onlyResourceOfType(synthesized.template, 'AWS::DynamoDB::Table');

    expect(table.properties['PointInTimeRecoverySpecification']).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
  });

  it('lets the log groups be deleted with the stack', () => {
    const logGroups = resourcesOfType(synthesized.template, 'AWS::Logs::LogGroup');

    expect(logGroups.length).toBeGreaterThan(0);
    for (const logGroup of logGroups) expect(logGroup.deletionPolicy).toBe('Delete');
  });
});

describe('with tableName', () => {
  it('gives the table that physical name', () => {
    const table = onlyResourceOfType(synthesized.template, 'AWS::DynamoDB::Table');

    expect(table.properties['TableName']).toBe('todos-staging');
  });
});

describe('when bundles are missing', () => {
  it('deploys a placeholder answering 503 for each missing bundle, and only for those', () => {
    const functions = resourcesOfType(synthesized.template, 'AWS::Lambda::Function');
    const inline = functions.filter((fn) => {
      const code = fn.properties['Code'];
      return isRecord(code) && typeof code['ZipFile'] === 'string';
    });

    expect(functions.length - inline.length).toBe(bundled.length);
    for (const fn of inline) {
      const code = fn.properties['Code'];
      expect(isRecord(code) ? code['ZipFile'] : undefined).toMatch(/statusCode: 503/);
    }
    expect(inline.length).toBeGreaterThan(0);
  });

  it('warns about every placeholder at synth', () => {
    const warnings = Annotations.fromStack(synthesized.stack).findWarning(
      '*',
      Match.stringLikeRegexp('No bundle for'),
    );

    const functionCount = resourcesOfType(synthesized.template, 'AWS::Lambda::Function').length;
    expect(warnings).toHaveLength(functionCount - bundled.length);
  });

  it('fails the synth instead when bundles are required, naming the missing bundle', () => {
    const failure = (() => {
      try {
        synthTodoStack({ requireBundles: 'true' }, bundled);
      } catch (error) {
        return error;
      }
      return undefined;
    })();

    expect(failure).toBeInstanceOf(InfraInputError);
    expect(failure).toMatchObject({ code: 'infra.bundle-missing', input: 'list-todos' });
    expect(String(failure)).toMatch(/list-todos.*index\.mjs.*pnpm nx build lambda-api/s);
  });
});
