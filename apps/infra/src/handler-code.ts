import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { InfraInputError } from './infra-input-error.js';

/** The code of one handler function, and whether it is the real bundle. */
export interface HandlerCode {
  readonly code: Code;
  /** `index.handler`: the bundle's `index.mjs` (or the placeholder's `index.js`) exports it. */
  readonly handler: string;
  /** False when the bundle was missing and a placeholder that answers 503 stands in for it. */
  readonly bundled: boolean;
}

// Answers every request with 503 and says why, so a stack synthesized before the Lambda app was
// built is visibly incomplete instead of failing in odd ways. Lambda writes inline code to
// `index.js` (CommonJS).
const placeholderSource = `exports.handler = async () => ({
  statusCode: 503,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    code: 'infra.bundle-missing',
    message: 'This handler was deployed without its bundle.',
  }),
});`;

/**
 * The code for `handlerName`: `<bundleDir>/<handlerName>/` as an asset when its `index.mjs`
 * exists, otherwise a placeholder, so `synth` works offline before the Lambda app is built.
 *
 * @throws {InfraInputError} `infra.bundle-missing` when the bundle is absent and
 *   `requireBundles` is set, as it is for `deploy`.
 */
export function handlerCode(
  bundleDir: string,
  handlerName: string,
  requireBundles: boolean,
): HandlerCode {
  const folder = join(bundleDir, handlerName);
  if (existsSync(join(folder, 'index.mjs'))) {
    return { code: Code.fromAsset(folder), handler: 'index.handler', bundled: true };
  }

  if (requireBundles) {
    throw new InfraInputError(
      'infra.bundle-missing',
      handlerName,
      `The bundle of "${handlerName}" is missing: expected ${join(folder, 'index.mjs')}. ` +
        'Run `pnpm nx build lambda-api` first, or pass -c bundleDir=<folder of bundles>.',
    );
  }
  return { code: Code.fromInline(placeholderSource), handler: 'index.handler', bundled: false };
}
