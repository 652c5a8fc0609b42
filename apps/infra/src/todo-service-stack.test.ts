import { todoStatusIndexName, todoTableDefinition } from '@todo/adapter-dynamodb';
import { todoRoutes as contractRoutes, type TodoOperationId } from '@todo/http-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlerRuntime, tableNameVariable } from './todo-handler-function.js';
import {
  synthTodoStack,
  testJwtAudience,
  testJwtIssuer,
  type SynthesizedTodoStack,
} from './test-support/synth-todo-stack.js';
import {
  asList,
  isRecord,
  onlyResourceOfType,
  referencedLogicalId,
  resourcesOfType,
  statementsOfRole,
  type TemplateResource,
} from './test-support/template-queries.js';

/**
 * The specification, written out independently of `todo-routes.ts`: the Lambda app's bundle for
 * each operation of the HTTP contract, and the DynamoDB actions its use case sends through
 * `DynamoDbTodoRepository` and `DynamoDbIdempotencyStore` (create: a conditional PutItem, and
 * with an idempotency key a conditional PutItem claiming it, a GetItem when it is taken and an
 * UpdateItem completing it; get: GetItem; list: Query on the table or the status index; update:
 * read, then a conditional PutItem, and a GetItem after a failed condition; delete: a conditional
 * DeleteItem, and a GetItem after a failed condition).
 */
const expectedHandlers: Readonly<
  Record<TodoOperationId, { readonly handler: string; readonly actions: readonly string[] }>
> = {
  createTodo: {
    handler: 'create-todo',
    actions: ['dynamodb:PutItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem'],
  },
  getTodo: { handler: 'get-todo', actions: ['dynamodb:GetItem'] },
  listTodos: { handler: 'list-todos', actions: ['dynamodb:Query'] },
  updateTodo: { handler: 'update-todo', actions: ['dynamodb:GetItem', 'dynamodb:PutItem'] },
  deleteTodo: { handler: 'delete-todo', actions: ['dynamodb:DeleteItem', 'dynamodb:GetItem'] },
};

/** Every route of `@todo/http-contract`, with the handler and actions expected for it. */
const contract = contractRoutes.map(({ operationId, method, path }) => ({
  method,
  path,
  ...expectedHandlers[operationId],
}));
const handlersQueryingTheStatusIndex = new Set(['list-todos']);

// Values unlike the defaults, so a test can tell a parameter from a default.
const context = {
  memoryMb: '512',
  timeoutSeconds: '15',
  logRetentionDays: '14',
  jwtAudience: `${testJwtAudience},todo-cli-test`,
};

let synthesized: SynthesizedTodoStack;
beforeAll(() => {
  synthesized = synthTodoStack(
    context,
    contract.map((route) => route.handler),
  );
});
afterAll(() => synthesized.dispose());

const byAttributeName = (definitions: readonly unknown[]): readonly unknown[] =>
  [...definitions].sort((a, b) =>
    String(isRecord(a) ? a['AttributeName'] : '').localeCompare(
      String(isRecord(b) ? b['AttributeName'] : ''),
    ),
  );

const table = () => onlyResourceOfType(synthesized.template, 'AWS::DynamoDB::Table');

/** The function whose code is `handler`'s bundle. */
function functionOf(handler: string): TemplateResource {
  const matching = resourcesOfType(synthesized.template, 'AWS::Lambda::Function').filter(
    (fn) => synthesized.bundledHandlerOf(fn.properties) === handler,
  );
  expect(matching, `functions running the ${handler} bundle`).toHaveLength(1);
  const [fn] = matching;
  if (fn === undefined) throw new Error(`No function runs ${handler}.`);
  return fn;
}

describe('the todo table', () => {
  const definition = todoTableDefinition('todos');

  it("has the adapter's key schema and attribute definitions", () => {
    expect(table().properties['KeySchema']).toEqual(definition.KeySchema);
    expect(byAttributeName(asList(table().properties['AttributeDefinitions']))).toEqual(
      byAttributeName(definition.AttributeDefinitions),
    );
  });

  it("has exactly the adapter's global secondary indexes", () => {
    expect(table().properties['GlobalSecondaryIndexes']).toEqual(definition.GlobalSecondaryIndexes);
  });

  it("expires items by the adapter's time-to-live attribute", () => {
    expect(table().properties['TimeToLiveSpecification']).toEqual({
      AttributeName: definition.TimeToLiveAttribute,
      Enabled: true,
    });
  });

  it('bills on demand and keeps point-in-time recovery on', () => {
    expect(table().properties['BillingMode']).toBe(definition.BillingMode);
    expect(table().properties['PointInTimeRecoverySpecification']).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
  });

  it('is protected from deletion and retained by default', () => {
    expect(table().properties['DeletionProtectionEnabled']).toBe(true);
    expect(table().deletionPolicy).toBe('Retain');
    expect(table().updateReplacePolicy).toBe('Retain');
  });

  it('gets a name from CloudFormation when none is given', () => {
    expect(table().properties['TableName']).toBeUndefined();
  });
});

describe('the handler functions', () => {
  it('are one function per handler bundle', () => {
    expect(resourcesOfType(synthesized.template, 'AWS::Lambda::Function')).toHaveLength(
      contract.length,
    );
    for (const { handler } of contract) expect(functionOf(handler)).toBeDefined();
  });

  it.each(contract)(
    '$handler runs on arm64 with the chosen memory, timeout and runtime',
    ({ handler }) => {
      const { properties } = functionOf(handler);

      expect(properties['Architectures']).toEqual(['arm64']);
      expect(properties['Runtime']).toBe(handlerRuntime.name);
      expect(properties['Handler']).toBe('index.handler');
      expect(properties['MemorySize']).toBe(Number(context.memoryMb));
      expect(properties['Timeout']).toBe(Number(context.timeoutSeconds));
    },
  );

  it.each(contract)('$handler is told the table name in its environment', ({ handler }) => {
    const environment = functionOf(handler).properties['Environment'];
    const variables = isRecord(environment) ? environment['Variables'] : undefined;

    expect(variables).toEqual({ [tableNameVariable]: { Ref: table().logicalId } });
  });

  it.each(contract)(
    '$handler logs to its own log group with the chosen retention',
    ({ handler }) => {
      const loggingConfig = functionOf(handler).properties['LoggingConfig'];
      const logGroupId = referencedLogicalId(
        isRecord(loggingConfig) ? loggingConfig['LogGroup'] : {},
      );
      const logGroup = resourcesOfType(synthesized.template, 'AWS::Logs::LogGroup').find(
        (group) => group.logicalId === logGroupId,
      );

      expect(logGroup?.properties['RetentionInDays']).toBe(Number(context.logRetentionDays));
      expect(logGroup?.deletionPolicy).toBe('Retain');
    },
  );
});

describe('the HTTP API', () => {
  const routes = () => resourcesOfType(synthesized.template, 'AWS::ApiGatewayV2::Route');

  it.each(contract)('$method $path invokes the $handler function', ({ method, path, handler }) => {
    const route = routes().find(
      (candidate) => candidate.properties['RouteKey'] === `${method} ${path}`,
    );
    const target = route?.properties['Target'];
    // Target is `integrations/<integration id>`, written as a Fn::Join.
    const integrationId = JSON.stringify(target).match(/"Ref":"([^"]+)"/)?.[1];
    const integration = resourcesOfType(
      synthesized.template,
      'AWS::ApiGatewayV2::Integration',
    ).find((candidate) => candidate.logicalId === integrationId);

    expect(integration?.properties['IntegrationType']).toBe('AWS_PROXY');
    expect(referencedLogicalId(integration?.properties['IntegrationUri'])).toBe(
      functionOf(handler).logicalId,
    );
  });

  it('has no route beyond the contract (no public health route)', () => {
    expect(
      routes()
        .map((route) => route.properties['RouteKey'])
        .sort(),
    ).toEqual(contract.map(({ method, path }) => `${method} ${path}`).sort());
  });

  it('requires a JWT from the given issuer and audiences on every route', () => {
    const authorizer = onlyResourceOfType(synthesized.template, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer.properties['AuthorizerType']).toBe('JWT');
    expect(authorizer.properties['IdentitySource']).toEqual(['$request.header.Authorization']);
    expect(authorizer.properties['JwtConfiguration']).toEqual({
      Issuer: testJwtIssuer,
      Audience: context.jwtAudience.split(','),
    });

    expect(routes()).toHaveLength(contract.length);
    for (const route of routes()) {
      expect(route.properties['AuthorizationType'], String(route.properties['RouteKey'])).toBe(
        'JWT',
      );
      expect(referencedLogicalId(route.properties['AuthorizerId'])).toBe(authorizer.logicalId);
    }
  });
});

describe('the handler roles', () => {
  const roleOf = (handler: string): string => {
    const roleId = referencedLogicalId(functionOf(handler).properties['Role']);
    if (roleId === undefined) throw new Error(`${handler} has no role of its own.`);
    return roleId;
  };
  const dynamoDbStatements = (handler: string) =>
    statementsOfRole(synthesized.template, roleOf(handler)).filter((statement) =>
      asList(statement['Action']).some((action) => String(action).startsWith('dynamodb:')),
    );

  it.each(contract)('$handler may do exactly what its use case sends', ({ handler, actions }) => {
    const granted = dynamoDbStatements(handler).flatMap((statement) => asList(statement['Action']));

    expect([...granted].sort()).toEqual([...actions].sort());
  });

  it.each(contract)(
    '$handler reaches only this table, and its index only to query',
    ({ handler }) => {
      const tableArn = { 'Fn::GetAtt': [table().logicalId, 'Arn'] };
      const statusIndexArn = {
        'Fn::Join': ['', [tableArn, `/index/${todoStatusIndexName}`]],
      };
      const expected = handlersQueryingTheStatusIndex.has(handler)
        ? [tableArn, statusIndexArn]
        : [tableArn];

      for (const statement of dynamoDbStatements(handler)) {
        expect(statement['Effect']).toBe('Allow');
        expect(asList(statement['Resource'])).toEqual(expected);
      }
    },
  );

  it.each(contract)('$handler may write only to its own log group', ({ handler }) => {
    const loggingConfig = functionOf(handler).properties['LoggingConfig'];
    const logGroupId = referencedLogicalId(
      isRecord(loggingConfig) ? loggingConfig['LogGroup'] : {},
    );
    const logStatements = statementsOfRole(synthesized.template, roleOf(handler)).filter(
      (statement) =>
        asList(statement['Action']).some((action) => String(action).startsWith('logs:')),
    );

    expect(logStatements.flatMap((statement) => asList(statement['Action'])).sort()).toEqual([
      'logs:CreateLogStream',
      'logs:PutLogEvents',
    ]);
    for (const statement of logStatements) {
      expect(asList(statement['Resource'])).toEqual([{ 'Fn::GetAtt': [logGroupId, 'Arn'] }]);
    }
  });

  it('grant nothing else: no managed policies, no wildcard actions, no "*" resources', () => {
    const roles = resourcesOfType(synthesized.template, 'AWS::IAM::Role');
    expect(roles.map((role) => role.properties['ManagedPolicyArns'])).toEqual(
      roles.map(() => undefined),
    );

    const statements = [
      ...roles.flatMap((role) =>
        asList(role.properties['Policies']).flatMap((policy) =>
          isRecord(policy) && isRecord(policy['PolicyDocument'])
            ? asList(policy['PolicyDocument']['Statement'])
            : [],
        ),
      ),
      ...roles.flatMap((role) => statementsOfRole(synthesized.template, role.logicalId)),
    ].filter(isRecord);
    expect(statements.length).toBeGreaterThan(0);

    for (const statement of statements) {
      for (const action of asList(statement['Action'])) {
        expect(String(action)).not.toMatch(/\*/);
      }
      expect(asList(statement['Resource'])).not.toContain('*');
      expect(statement['NotAction']).toBeUndefined();
      expect(statement['NotResource']).toBeUndefined();
    }
  });
});
