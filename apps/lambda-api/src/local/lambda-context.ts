import type { Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';

/** How long a local invocation may take, as the deployed functions' default timeout (10 s). */
const timeoutMs = 10_000;

/**
 * A Lambda context for one local invocation of `functionName`: a fresh request id and the fields
 * Powertools' logger reads. The deprecated callbacks throw, since no handler of this app uses them.
 */
export const localLambdaContext = (functionName: string): Context => {
  const deadline = Date.now() + timeoutMs;
  const unsupported = () => {
    throw new Error('The local gateway does not support Lambda context callbacks.');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
};
