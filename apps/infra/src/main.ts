import { App } from 'aws-cdk-lib';
import { InfraInputError } from './infra-input-error.js';
import { parseInfraSettings } from './infra-settings.js';
import { TodoServiceStack } from './todo-service-stack.js';

/*
 * The CDK app. `cdk synth`/`cdk deploy` run it with context from `-c` and cdk.json; the `synth`
 * Nx target runs it directly (context from CDK_CONTEXT_JSON, output to CDK_OUTDIR), with no CLI
 * and no network.
 */
const app = new App({
  // Version reporting would add an AWS::CDK::Metadata resource that reports to AWS on deploy.
  analyticsReporting: false,
  context: {
    // Fail the synth on errors of CDK's built-in template validation instead of only warning.
    '@aws-cdk/core:validateAgainstDefaultRules': true,
    // Print our own warnings (a missing bundle) with the validation report, also without the CLI.
    '@aws-cdk/core:annotationsInValidationReport': true,
  },
});

try {
  const settings = parseInfraSettings((key) => app.node.tryGetContext(key));
  new TodoServiceStack(app, settings.stackName, {
    settings,
    description: 'ToDo service: DynamoDB table, Lambda handlers and a JWT-protected HTTP API.',
  });
  app.synth();
} catch (error) {
  if (!(error instanceof InfraInputError)) throw error;
  // A settings mistake is the operator's to fix: say what and how, without a stack trace.
  process.stderr.write(`${error.message} [${error.code}]\n`);
  process.exitCode = 1;
}
