import type { Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import type { GatewayResult } from '../gateway-response.js';
import type { HandlerName } from '../handler-names.js';
import { capturingLogs } from './captured-logs.js';
import { testLambdaContext } from './lambda-context.js';
import {
  editHttpApiEvent,
  editRestApiEvent,
  loadHttpApiEvent,
  loadRestApiEvent,
  type EventEdits,
} from './lambda-events.js';

/** A handler as a test calls it. */
export type TestedHandler = (event: unknown, context: Context) => Promise<GatewayResult>;

/** One invocation: what the handler returned, its body parsed, and the log lines it wrote. */
export interface Invocation {
  readonly result: GatewayResult;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body parsed as JSON; `undefined` when there was none. */
  readonly body: unknown;
  readonly logs: Record<string, unknown>[];
  readonly logText: string;
  readonly context: Context;
}

/** Invokes a handler as Lambda would: a fresh context, the event as given. */
export const invoke = async (
  handler: TestedHandler,
  name: HandlerName,
  event: unknown,
): Promise<Invocation> => {
  const context = testLambdaContext(name);
  const { result, lines, text } = await capturingLogs(() => handler(event, context));
  return {
    result,
    status: result.statusCode,
    headers: result.headers,
    body: result.body === undefined || result.body === '' ? undefined : JSON.parse(result.body),
    logs: lines,
    logText: text,
    context,
  };
};

/** An owner of the test's own, as a JWT authorizer's claims. */
export const newOwner = (): { readonly sub: string } => ({ sub: `owner-${randomUUID()}` });

/** The JWT authorizer event from Powertools' samples, edited for `edits`. */
export const httpApiEvent = (edits: EventEdits) =>
  editHttpApiEvent(loadHttpApiEvent('powertools-ts-apigw-http-v2-jwt.json'), edits);

/** The Cognito authorizer REST event from Powertools' samples, edited for `edits`. */
export const restApiEvent = (edits: EventEdits) =>
  editRestApiEvent(loadRestApiEvent('powertools-ts-apigw-rest-v1-cognito-authorizer.json'), edits);
