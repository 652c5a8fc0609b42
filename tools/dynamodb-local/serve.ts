/**
 * Runs one DynamoDB server for a test that needs to kill it and start it again:
 * `tsx tools/dynamodb-local/serve.ts [--port N] [--db-path DIR]`.
 *
 * The server is the one the tests use (DynamoDB Local, or dynalite per `TODO_TEST_DYNAMODB` and
 * the rules in README.md), on 127.0.0.1, keeping its tables in DIR when given. Once it answers,
 * one JSON line goes to standard output: `{"endpoint","port","kind","pid"}`, where `pid` is the
 * process to SIGKILL for an abrupt stop (java, or this process for dynalite). It stops when its
 * standard input closes (the test that started it is gone) or on SIGTERM.
 */
import { parseArgs } from 'node:util';
import { chooseTestDynamoDbKind } from './choose-kind.js';
import { startDynalite } from './dynalite.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { jdkAvailable } from './java.js';

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'db-path': { type: 'string' } },
});
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
  throw new Error(`--port must be a port number, not ${values.port}`);
}
const dbPath = values['db-path'];

const kind = await chooseTestDynamoDbKind({
  env: process.env,
  jdkAvailable,
  notice: (message) => process.stderr.write(`${message}\n`),
});
const server =
  kind === 'dynalite'
    ? {
        ...(await startDynalite({
          ...(dbPath === undefined ? {} : { path: dbPath }),
          ...(port === undefined || port === 0 ? {} : { port }),
        })),
        pid: process.pid,
      }
    : await startDynamoDbLocal({
        ...(dbPath === undefined ? {} : { dbPath }),
        ...(port === undefined || port === 0 ? {} : { port }),
      });

const stop = () => void server.stop().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.stdin.on('close', stop).resume();
process.stdout.write(
  `${JSON.stringify({ endpoint: server.endpoint, port: server.port, kind, pid: server.pid })}\n`,
);
