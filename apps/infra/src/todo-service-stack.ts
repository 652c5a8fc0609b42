import { todoTableDefinition } from '@todo/adapter-dynamodb';
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import type { InfraSettings } from './infra-settings.js';
import { TodoHandlerFunction } from './todo-handler-function.js';
import { todoRoutes } from './todo-routes.js';
import { todoTableShape } from './todo-table-shape.js';

export interface TodoServiceStackProps extends StackProps {
  readonly settings: InfraSettings;
}

/**
 * The ToDo service on AWS: one DynamoDB table, one Lambda function per handler and an HTTP API
 * whose every route requires a valid JWT. The stack has no lookups and no fixed account or region,
 * so it synthesizes offline and deploys to whatever account and region the CLI is given.
 */
export class TodoServiceStack extends Stack {
  readonly table: Table;
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, props: TodoServiceStackProps) {
    super(scope, id, props);
    const { settings } = props;

    // The definition's own name is unused (see todoTableShape): the physical name comes from the
    // settings, or CloudFormation generates one.
    const { globalSecondaryIndexes, ...tableShape } = todoTableShape(
      todoTableDefinition(settings.tableName ?? 'todos'),
    );
    this.table = new Table(this, 'TodoTable', {
      ...tableShape,
      ...(settings.tableName === undefined ? {} : { tableName: settings.tableName }),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: settings.protectData,
      removalPolicy: settings.protectData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const index of globalSecondaryIndexes) this.table.addGlobalSecondaryIndex(index);

    // The default authorizer covers every route added to this API, including any added later; a
    // public route would have to opt out with HttpNoneAuthorizer explicitly.
    this.api = new HttpApi(this, 'TodoApi', {
      description: 'The ToDo service HTTP API.',
      defaultAuthorizer: new HttpJwtAuthorizer('TodoJwtAuthorizer', settings.jwtIssuer, {
        jwtAudience: [...settings.jwtAudience],
      }),
    });

    for (const route of todoRoutes) {
      const handler = new TodoHandlerFunction(this, constructId(route.handler), {
        route,
        table: this.table,
        settings,
      });
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(
          `${constructId(route.handler)}Integration`,
          handler.function,
        ),
      });
    }

    new CfnOutput(this, 'ApiUrl', {
      value: this.api.apiEndpoint,
      description: 'Base URL of the API',
    });
    new CfnOutput(this, 'TableName', {
      value: this.table.tableName,
      description: 'Set TODO_TABLE_NAME to this to point the Fastify app at the table',
    });
  }
}

/** `create-todo` → `CreateTodo`, a readable logical id prefix. */
function constructId(handler: string): string {
  return handler
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
