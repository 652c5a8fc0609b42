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

/** String-valued entries of an object Fastify parsed (params, query), without trusting its type. */
export const stringEntries = (value: unknown): Record<string, string | string[]> => {
  if (typeof value !== 'object' || value === null) return {};
  // fromEntries defines a key such as `__proto__` as an own property, so the contract's schema
  // sees it (and refuses it as unknown) instead of it silently setting a prototype.
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, entry]): [string, string | string[]][] => {
      if (typeof entry === 'string') return [[key, entry]];
      if (Array.isArray(entry)) return [[key, entry.filter((item) => typeof item === 'string')]];
      return [];
    }),
  );
};

/** Path parameters as the contract's routes read them. */
export const paramsOf = (request: FastifyRequest): Record<string, string> => {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(stringEntries(request.params))) {
    if (typeof value === 'string') params[key] = value;
  }
  return params;
};

/** Headers with lower-case names and one string each (repeated headers joined as HTTP does). */
export const headersOf = (headers: IncomingHttpHeaders): Record<string, string> => {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) result[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
};

/** The route template in the contract's form (`/todos/{id}`), or `null` for no route. */
export const routeTemplateOf = (request: FastifyRequest): string | null => {
  const url = request.routeOptions.url;
  return url === undefined ? null : url.replace(/:(\w+)/g, '{$1}');
};

/** Sends a contract response: its status and headers as they are, its body as JSON. */
export const sendResponse = (
  request: FastifyRequest,
  reply: FastifyReply,
  response: HttpResponse,
): FastifyReply => {
  request.errorCode = errorCodeOf(response);
  reply.status(response.status).headers(response.headers);
  return response.body === undefined ? reply.send() : reply.send(JSON.stringify(response.body));
};

/** Sends a page or asset as it is. */
export const sendStatic = (reply: FastifyReply, response: StaticResponse): FastifyReply =>
  reply.status(response.status).headers(response.headers).send(response.body);
