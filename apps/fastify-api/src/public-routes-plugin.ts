import {
  buildOpenApiDocument,
  docsAssetPaths,
  docsAssetResponse,
  docsPageResponse,
  healthResponse,
  jsonContentType,
  publicPaths,
  readinessResponse,
} from '@todo/http-contract';
import type { StoreHealth } from '@todo/ports';
import type { FastifyInstance } from 'fastify';
import { sendResponse, sendStatic } from './fastify-exchange.js';

/** Probes and documentation: no token needed. */
export const registerPublicRoutes = (
  app: FastifyInstance,
  dependencies: { readonly health: StoreHealth },
): void => {
  app.get(publicPaths.health, (request, reply) => sendResponse(request, reply, healthResponse()));

  app.get(publicPaths.ready, async (request, reply) =>
    sendResponse(request, reply, await readinessResponse(dependencies.health)),
  );

  const openApi = JSON.stringify(buildOpenApiDocument());
  app.get(publicPaths.openApi, (_request, reply) =>
    reply.status(200).header('content-type', jsonContentType).send(openApi),
  );

  app.get(publicPaths.docs, (_request, reply) => sendStatic(reply, docsPageResponse()));

  for (const path of Object.values(docsAssetPaths)) {
    app.get(path, async (request, reply) => {
      const asset = await docsAssetResponse(path);
      if (asset === undefined) return reply.callNotFound();
      return sendStatic(reply, asset);
    });
  }
};
