import { errorCodeOf, type HttpResponse, type StaticResponse } from '@todo/http-contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified token's subject; set by the authentication hook. */
    ownerId: string;
    /** The problem code of the response sent, for the request log line. */
    errorCode: string | undefined;
  }
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null;

const isString = (value: unknown): value is string => typeof value === 'string';

/** String-valued entries of an object Fastify parsed (params, query), without trusting its type. */
export const stringEntries = (value: unknown): Record<string, string | string[]> => {
  // No prototype: a key such as `__proto__` becomes an own property, so the contract's schema
  // sees it (and refuses it as unknown) instead of it silently setting a prototype.
  const entries: Record<string, string | string[]> = Object.create(null);
  if (!isRecord(value)) return entries;
  // A plain loop, run on every request: flatMap and fromEntries made an array per key.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const entry = value[key];
    if (typeof entry === 'string') entries[key] = entry;
    else if (Array.isArray(entry)) entries[key] = entry.filter(isString);
  }
  return entries;
};

/**
 * Path parameters as the contract's routes read them. Their names come from the route
 * definitions (`:id`), never from the client.
 */
export const paramsOf = (request: FastifyRequest): Record<string, string> => {
  const params: Record<string, string> = {};
  const { params: parsed } = request;
  if (!isRecord(parsed)) return params;
  for (const key in parsed) {
    const value = parsed[key];
    if (Object.hasOwn(parsed, key) && typeof value === 'string') params[key] = value;
  }
  return params;
};

/** Whether a path parameter is empty (`/todos/` matched as `/todos/:id`); reads, copies nothing. */
export const hasEmptyParam = (request: FastifyRequest): boolean => {
  const { params } = request;
  if (!isRecord(params)) return false;
  for (const key in params) {
    if (Object.hasOwn(params, key) && params[key] === '') return true;
  }
  return false;
};

/** Headers with lower-case names and one string each (repeated headers joined as HTTP does). */
export const headersOf = (headers: IncomingHttpHeaders): Record<string, string> => {
  const result: Record<string, string> = {};
  // A plain loop, run on every request: Object.entries made an array per header.
  for (const name in headers) {
    const value = headers[name];
    if (Object.hasOwn(headers, name) && value !== undefined) {
      result[name] = Array.isArray(value) ? value.join(', ') : value;
    }
  }
  return result;
};

// Route templates by Fastify route URL. The URLs come from route definitions, never from the
// client, so this holds one entry per route: each is converted once, not on every request.
const routeTemplates = new Map<string, string>();

/** The route template in the contract's form (`/todos/{id}`), or `null` for no route. */
export const routeTemplateOf = (request: FastifyRequest): string | null => {
  const url = request.routeOptions.url;
  if (url === undefined) return null;
  let template = routeTemplates.get(url);
  if (template === undefined) {
    template = url.replace(/:(\w+)/g, '{$1}');
    routeTemplates.set(url, template);
  }
  return template;
};

/**
 * Sends a contract response: its status and headers as they are, its body as JSON. Fastify writes
 * an object body with the route's response schema for that status when it has one (see
 * todo-routes-plugin.ts), else with `JSON.stringify`.
 */
export const sendResponse = (
  request: FastifyRequest,
  reply: FastifyReply,
  response: HttpResponse,
): FastifyReply => {
  request.errorCode = errorCodeOf(response);
  reply.status(response.status).headers(response.headers);
  const { body } = response;
  if (body === undefined) return reply.send();
  // Fastify would send a string as it is; every other JSON value it serialises itself.
  return reply.send(typeof body === 'object' && body !== null ? body : JSON.stringify(body));
};

/** Sends a page or asset as it is. */
export const sendStatic = (reply: FastifyReply, response: StaticResponse): FastifyReply =>
  reply.status(response.status).headers(response.headers).send(response.body);
