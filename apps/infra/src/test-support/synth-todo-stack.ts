import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { parseInfraSettings } from '../infra-settings.js';
import { TodoServiceStack } from '../todo-service-stack.js';
import { isRecord } from './template-queries.js';

export const testJwtIssuer = 'https://issuer.test.example/';
export const testJwtAudience = 'todo-api-test';

/** A stub bundle that names its handler, so a test can tell which bundle a function runs. */
export const stubBundleSource = (handler: string): string =>
  `export const handler = async () => ${JSON.stringify(handler)};\n`;

export interface SynthesizedTodoStack {
  readonly stack: TodoServiceStack;
  readonly template: Template;
  /** The handler whose stub bundle a function's code asset holds, from the staged asset. */
  readonly bundledHandlerOf: (functionProperties: Readonly<Record<string, unknown>>) => string;
  /** Removes the stub bundles and the cloud assembly. */
  readonly dispose: () => void;
}

/**
 * Synthesizes the stack the way `main.ts` does, from context values, with stub bundles for
 * `bundledHandlers` in a temporary folder. Issuer, audience and bundle folder have test defaults
 * that `context` may override (or remove, with `undefined`).
 */
export function synthTodoStack(
  context: Readonly<Record<string, unknown>>,
  bundledHandlers: readonly string[],
): SynthesizedTodoStack {
  const workDir = mkdtempSync(join(tmpdir(), 'todo-infra-'));
  const bundleDir = join(workDir, 'bundles');
  for (const handler of bundledHandlers) {
    mkdirSync(join(bundleDir, handler), { recursive: true });
    writeFileSync(join(bundleDir, handler, 'index.mjs'), stubBundleSource(handler));
  }
  const outdir = join(workDir, 'cdk.out');

  try {
    const values: Readonly<Record<string, unknown>> = {
      jwtIssuer: testJwtIssuer,
      jwtAudience: testJwtAudience,
      bundleDir,
      ...context,
    };
    // The built-in CloudFormation validation adds seconds per synth; `pnpm nx synth infra` runs it.
    const app = new App({
      outdir,
      analyticsReporting: false,
      builtinCloudFormationValidation: false,
    });
    const settings = parseInfraSettings((key) => values[key]);
    const stack = new TodoServiceStack(app, settings.stackName, { settings });
    const template = Template.fromStack(stack);

    return {
      stack,
      template,
      bundledHandlerOf: (properties) => bundledHandlerOf(outdir, properties),
      dispose: () => rmSync(workDir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}

/** Reads the staged asset behind a function's `Code.S3Key` (`<hash>.zip` → `asset.<hash>/`). */
function bundledHandlerOf(outdir: string, properties: Readonly<Record<string, unknown>>): string {
  const code = properties['Code'];
  const key = isRecord(code) ? code['S3Key'] : undefined;
  if (typeof key !== 'string' || !key.endsWith('.zip')) {
    throw new Error('The function has no code asset (a placeholder?).');
  }

  const source = readFileSync(
    join(outdir, `asset.${key.slice(0, -'.zip'.length)}`, 'index.mjs'),
    'utf8',
  );
  const match = /async \(\) => "([^"]+)"/.exec(source);
  if (match?.[1] === undefined) throw new Error('The staged asset is not a stub bundle.');
  return match[1];
}
