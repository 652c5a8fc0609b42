import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.js';

export const DYNAMODB_LOCAL_VERSION = '1.25.1';

/** The npm package that carries DynamoDB Local, so the download goes through the npm registry. */
const CARRIER_PACKAGE = 'amplify-dynamodb-simulator';
const CARRIER_VERSION = '2.9.30';
/** Checked after extraction, so the jar that runs is the one that was reviewed. */
const JAR_SHA256 = '454305e9bc3e6ebcca5b62569869e31563b8d7e346474e94557b2600702146c7';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where DynamoDB Local is kept: `<repo>/.cache/dynamodb-local/<version>/` (git-ignored). */
export const dynamoDbLocalDir = join(repoRoot, '.cache', 'dynamodb-local', DYNAMODB_LOCAL_VERSION);

export const dynamoDbLocalJar = (dir: string): string => join(dir, 'DynamoDBLocal.jar');
export const dynamoDbLocalLibDir = (dir: string): string => join(dir, 'DynamoDBLocal_lib');

/**
 * Makes sure DynamoDB Local is in the cache folder and returns that folder. The first call
 * downloads it (about 54 MiB); later calls, in any process, reuse it.
 */
export async function ensureDynamoDbLocal(): Promise<string> {
  const dir = dynamoDbLocalDir;
  if (await isInstalled(dir)) return dir;

  // Stage next to the target so the final rename stays on one file system and is atomic: a
  // parallel test process sees either no folder or a complete one.
  await mkdir(dirname(dir), { recursive: true });
  const staging = await mkdtemp(join(dirname(dir), `.download-${DYNAMODB_LOCAL_VERSION}-`));
  try {
    process.stderr.write(
      `Downloading DynamoDB Local ${DYNAMODB_LOCAL_VERSION} (npm ${CARRIER_PACKAGE}@${CARRIER_VERSION}, ~54 MiB) into ${dir}\n`,
    );
    await run('npm', ['pack', `${CARRIER_PACKAGE}@${CARRIER_VERSION}`, '--silent'], {
      cwd: staging,
    });
    const tarball = join(staging, `${CARRIER_PACKAGE}-${CARRIER_VERSION}.tgz`);
    await run('tar', ['-xzf', tarball, '-C', staging, 'package/emulator']);
    const extracted = join(staging, 'package', 'emulator');
    await verifyJar(dynamoDbLocalJar(extracted));
    await moveIntoPlace(extracted, dir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return dir;
}

async function isInstalled(dir: string): Promise<boolean> {
  try {
    await access(dynamoDbLocalJar(dir));
    await access(dynamoDbLocalLibDir(dir));
    return true;
  } catch {
    return false;
  }
}

async function verifyJar(jar: string): Promise<void> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(jar)) hash.update(chunk as Buffer);
  const actual = hash.digest('hex');
  if (actual !== JAR_SHA256) {
    throw new Error(`${jar} has SHA-256 ${actual}, expected ${JAR_SHA256}; refusing to run it.`);
  }
}

/** Renames `from` to `to`, accepting that another process may have won the race. */
export async function moveIntoPlace(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const lostRace = code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM';
    if (!lostRace || !(await exists(to))) throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
