import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRecord } from './test-support/template-queries.js';

const projectRoot = join(import.meta.dirname, '..');
const outdir = mkdtempSync(join(tmpdir(), 'todo-infra-main-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Runs the CDK app as `cdk synth` would: context in CDK_CONTEXT_JSON, output to CDK_OUTDIR. */
function runApp(context: Readonly<Record<string, unknown>>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      CDK_CONTEXT_JSON: JSON.stringify(context),
      CDK_OUTDIR: outdir,
      // The built-in validation is exercised by `pnpm nx synth infra`; here it only costs time.
      CDK_VALIDATION: 'false',
    },
  });
}

// Each run starts a Node process that loads aws-cdk-lib: seconds, more on a busy machine.
describe('the CDK app', { timeout: 60_000 }, () => {
  it('stops with the setting and how to pass it when the issuer is missing', () => {
    const run = runApp({ jwtAudience: 'todo-api' });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('-c jwtIssuer=');
    expect(run.stderr).toContain('[infra.setting-missing]');
    // An operator's mistake, not a bug: no stack trace.
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('writes the template offline, under the chosen stack name', () => {
    const run = runApp({
      jwtIssuer: 'https://issuer.test.example/',
      jwtAudience: 'todo-api',
      stackName: 'TodoServiceTest',
      bundleDir: join(outdir, 'no-bundles-here'),
    });

    expect(run.status, run.stderr).toBe(0);
    const template: unknown = JSON.parse(
      readFileSync(join(outdir, 'TodoServiceTest.template.json'), 'utf8'),
    );
    const resources = isRecord(template) ? template['Resources'] : undefined;
    expect(isRecord(resources) ? Object.keys(resources).length : 0).toBeGreaterThan(0);
  });
});
