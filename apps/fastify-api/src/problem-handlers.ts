import { problemResponse, unexpectedErrorResponse, type HttpResponse } from '@todo/http-contract';
import type { FastifyError, FastifyInstance } from 'fastify';
import { sendResponse } from './fastify-exchange.js';

const isFastifyError = (error: unknown): error is FastifyError & { statusCode: number } =>
  error instanceof Error &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code.startsWith('FST_') &&
  'statusCode' in error &&
  typeof error.statusCode === 'number';

/**
 * The answer to an error Fastify raised while reading a request (its 4xx errors describe the
 * client's request and carry their status), or to anything a route threw.
 */
export const errorResponse = (error: unknown): HttpResponse => {
  if (!isFastifyError(error) || error.statusCode >= 500) return unexpectedErrorResponse(error);
  switch (error.statusCode) {
    case 413:
      return problemResponse('request.body-too-large', {
        detail: 'The body is larger than 16384 bytes.',
      });
    case 415:
      return problemResponse('request.unsupported-media-type', {
        detail: 'Send the body as application/json (UTF-8).',
      });
    case 404:
      return problemResponse('route.not-found', {
        detail: 'No route matches this method and path.',
      });
    default:
      return problemResponse('request.invalid', { detail: 'The request could not be read.' });
  }
};

/**
 * The answer to a URL Fastify's router could not read (its `frameworkErrors`): a path parameter
 * over 100 characters is a todo id no todo has (ids are at most 64), and a broken percent escape
 * (`/todos/%zz`) names no route.
 */
export const frameworkErrorResponse = (error: FastifyError): HttpResponse => {
  switch (error.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problemResponse('todo.id-invalid', { detail: 'Todo not found' });
    case 'FST_ERR_BAD_URL':
      return problemResponse('route.not-found', {
        detail: 'No route matches this method and path.',
      });
    default:
      return unexpectedErrorResponse(error);
  }
};

/**
 * Makes every answer Fastify would give on its own a problem+json from the contract's table:
 * unknown routes, unreadable requests, and failures. Client errors are never a 500.
 */
export const registerProblemHandlers = (app: FastifyInstance): void => {
  app.setNotFoundHandler((request, reply) =>
    sendResponse(
      request,
      reply,
      problemResponse('route.not-found', { detail: 'No route matches this method and path.' }),
    ),
  );

  app.setErrorHandler((error, request, reply) => {
    const response = errorResponse(error);
    if (response.status >= 500) {
      // The response says nothing; the log keeps what happened, for whoever runs the server.
      request.log.error({ err: error }, 'request failed');
    }
    return sendResponse(request, reply, response);
  });
};
