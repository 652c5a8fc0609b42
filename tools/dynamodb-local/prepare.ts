/**
 * Downloads DynamoDB Local and compiles its loopback launcher, then prints a command that runs it
 * by hand: `pnpm exec tsx tools/dynamodb-local/prepare.ts [port] [dbPath]`.
 */
import { delimiter, relative } from 'node:path';
import { dynamoDbLocalJar, dynamoDbLocalLibDir, ensureDynamoDbLocal } from './emulator.js';
import { ensureLoopbackLauncher, LAUNCHER_CLASS } from './launcher.js';

const [port = '8000', dbPath = '.data/dynamodb'] = process.argv.slice(2);
const emulatorDir = await ensureDynamoDbLocal();
const launcherDir = await ensureLoopbackLauncher(emulatorDir);
const here = (path: string): string => relative(process.cwd(), path) || '.';
const classPath = [dynamoDbLocalJar(emulatorDir), launcherDir].map(here).join(delimiter);

process.stdout.write(
  [
    `DDB_LOCAL_TELEMETRY=0 java -Djava.library.path=${here(dynamoDbLocalLibDir(emulatorDir))} \\`,
    `  -cp ${classPath} ${LAUNCHER_CLASS} \\`,
    `  -sharedDb -dbPath ${dbPath} -disableTelemetry -port ${port}`,
    '',
  ].join('\n'),
);
