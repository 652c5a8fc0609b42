import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { publicPaths } from '../operational-responses.js';

/** A non-JSON response (the docs page and its assets), sent as it is. */
export interface StaticResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The paths of the docs page's own assets: Swagger UI, served locally so the page works offline. */
export const docsAssetPaths = {
  stylesheet: `${publicPaths.docs}/swagger-ui.css`,
  script: `${publicPaths.docs}/swagger-ui-bundle.js`,
  init: `${publicPaths.docs}/init.js`,
} as const;

// No inline script, so the policy can forbid them; Swagger UI sets inline styles and data: images.
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>ToDo API</title>
    <link rel="stylesheet" href="${docsAssetPaths.stylesheet}" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${docsAssetPaths.script}"></script>
    <script src="${docsAssetPaths.init}"></script>
  </body>
</html>
`;

const init = `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(publicPaths.openApi)},
  dom_id: '#swagger-ui',
  deepLinking: true,
  persistAuthorization: false,
});
`;

const headers = (contentType: string, cacheSeconds: number) => ({
  'content-type': contentType,
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'cache-control': `public, max-age=${cacheSeconds}`,
});

/** `GET /docs`: a page that renders `/openapi.json` with Swagger UI. */
export const docsPageResponse = (): StaticResponse => ({
  status: 200,
  headers: headers('text/html; charset=utf-8', 300),
  body: page,
});

const assetCache = new Map<string, Promise<string>>();

// Resolved where the code runs, so a bundled app finds swagger-ui-dist in its own node_modules.
const readSwaggerUiFile = (file: string): Promise<string> => {
  let cached = assetCache.get(file);
  if (cached === undefined) {
    const folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    cached = readFile(join(folder, file), 'utf8');
    assetCache.set(file, cached);
  }
  return cached;
};

/**
 * One of the docs page's assets, or `undefined` when `path` is not one of {@link docsAssetPaths}.
 * Files are read once and kept in memory.
 */
export const docsAssetResponse = async (path: string): Promise<StaticResponse | undefined> => {
  switch (path) {
    case docsAssetPaths.stylesheet:
      return {
        status: 200,
        headers: headers('text/css; charset=utf-8', 86_400),
        body: await readSwaggerUiFile('swagger-ui.css'),
      };
    case docsAssetPaths.script:
      return {
        status: 200,
        headers: headers('text/javascript; charset=utf-8', 86_400),
        body: await readSwaggerUiFile('swagger-ui-bundle.js'),
      };
    case docsAssetPaths.init:
      return { status: 200, headers: headers('text/javascript; charset=utf-8', 300), body: init };
    default:
      return undefined;
  }
};
