import { Annotations, Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { handlerCode } from './handler-code.js';
import type { InfraSettings } from './infra-settings.js';
import type { InfraRoute } from './todo-routes.js';

/**
 * The Lambda runtime of the handlers. The bundles are built for `node20` (the oldest Node the
 * workspace supports), which Node 24 runs as it is; `nodejs20.x` itself is deprecated on Lambda
 * since 2026-04-30 and can no longer be created from 2027-02-01. Raise the bundles' esbuild target
 * no higher than this runtime.
 */
export const handlerRuntime = Runtime.NODEJS_24_X;

/** The environment variable that tells the Lambda app which table to use. */
export const tableNameVariable = 'TODO_TABLE_NAME';

export interface TodoHandlerFunctionProps {
  readonly route: InfraRoute;
  /** The todo table; only its ARN and name are used. */
  readonly table: Pick<Table, 'tableArn' | 'tableName'>;
  readonly settings: InfraSettings;
}

/**
 * One handler of the Lambda app with its own role and log group. The role is written out rather
 * than granted with `table.grant*`: it holds exactly the route's DynamoDB actions on this table
 * (and the indexes the route queries), plus writing to its own log group, and no managed policy,
 * since `AWSLambdaBasicExecutionRole` allows logging to any log group (`Resource: *`).
 */
export class TodoHandlerFunction extends Construct {
  readonly function: LambdaFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: TodoHandlerFunctionProps) {
    super(scope, id);
    const { route, table, settings } = props;

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: settings.logRetentionDays,
      removalPolicy: settings.protectData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${route.handler} handler: ${route.dynamoDbActions.join(', ')}.`,
    });
    this.role.addToPolicy(
      new PolicyStatement({
        actions: [...route.dynamoDbActions],
        resources: [
          table.tableArn,
          ...route.indexes.map((index) => `${table.tableArn}/index/${index}`),
        ],
      }),
    );
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    const code = handlerCode(settings.bundleDir, route.handler, settings.requireBundles);
    if (!code.bundled) {
      Annotations.of(this).addWarningV2(
        '@todo/infra:bundle-missing',
        `No bundle for ${route.handler} in ${settings.bundleDir}; a placeholder answering 503 ` +
          'stands in. Run `pnpm nx build lambda-api` before deploying.',
      );
    }

    this.function = new LambdaFunction(this, 'Function', {
      description: `${route.method} ${route.path}`,
      code: code.code,
      handler: code.handler,
      runtime: handlerRuntime,
      architecture: Architecture.ARM_64,
      memorySize: settings.memoryMb,
      timeout: Duration.seconds(settings.timeoutSeconds),
      role: this.role,
      logGroup: this.logGroup,
      environment: { [tableNameVariable]: table.tableName },
    });
  }
}
