/** Stable codes of the failures that stop a synth before any resource is built. */
export type InfraInputErrorCode =
  | 'infra.setting-missing'
  | 'infra.setting-invalid'
  | 'infra.bundle-missing'
  | 'infra.table-definition-invalid';

/**
 * A deployment setting (CDK context value), a handler bundle or the adapter's table definition is
 * unusable. The message names the setting and what it expects, so a failed `cdk deploy` says how to
 * fix it.
 */
export class InfraInputError extends Error {
  override readonly name = 'InfraInputError';

  constructor(
    readonly code: InfraInputErrorCode,
    /** The context key, handler or definition field at fault. */
    readonly input: string,
    message: string,
  ) {
    super(message);
  }
}
