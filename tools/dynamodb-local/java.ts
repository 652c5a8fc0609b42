import { succeeds } from './run.js';

let probe: Promise<boolean> | undefined;

/**
 * Whether a JDK is on the PATH: DynamoDB Local runs on `java`, and its loopback launcher is
 * compiled with `javac`, which a bare JRE lacks. Probed once per process.
 */
export function jdkAvailable(): Promise<boolean> {
  probe ??= (async () =>
    (await succeeds('java', ['-version'])) && (await succeeds('javac', ['-version'])))();
  return probe;
}
