import { createHash } from 'node:crypto';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dynamoDbLocalJar, moveIntoPlace } from './emulator.js';
import { run } from './run.js';

/** Main class of `LoopbackDynamoDbLocal.java`, which starts DynamoDB Local on 127.0.0.1 only. */
export const LAUNCHER_CLASS = 'LoopbackDynamoDbLocal';

/** Exit code the launcher uses when its port is taken. */
export const LAUNCHER_EXIT_PORT_IN_USE = 98;

/** What the launcher prints to stderr once it holds its port. */
export const LAUNCHER_LISTENING = 'LoopbackDynamoDbLocal: listening on ';

const source = fileURLToPath(new URL(`./${LAUNCHER_CLASS}.java`, import.meta.url));

/**
 * Compiles the launcher into the DynamoDB Local folder once and returns the folder holding its
 * class. The folder name carries a hash of the source, so an edited launcher gets recompiled.
 */
export async function ensureLoopbackLauncher(emulatorDir: string): Promise<string> {
  const hash = createHash('sha256')
    .update(await readFile(source))
    .digest('hex')
    .slice(0, 12);
  const dir = join(emulatorDir, `launcher-${hash}`);
  try {
    await access(join(dir, `${LAUNCHER_CLASS}.class`));
    return dir;
  } catch {
    // Not compiled yet.
  }

  const staging = await mkdtemp(join(emulatorDir, '.launcher-'));
  try {
    // The jar's manifest Class-Path brings in Jetty from DynamoDBLocal_lib/. Java 11 bytecode runs
    // on any JVM DynamoDB Local supports, even when `javac` and `java` come from different JDKs.
    const jar = dynamoDbLocalJar(emulatorDir);
    try {
      await run('javac', ['--release', '11', '-d', staging, '-cp', jar, source]);
    } catch (error) {
      throw new Error(
        `Could not compile ${source}: DynamoDB Local's loopback launcher needs a JDK's javac. ` +
          `Set TODO_TEST_DYNAMODB=dynalite to test without it.\n${(error as Error).message}`,
        { cause: error },
      );
    }
    await moveIntoPlace(staging, dir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return dir;
}
