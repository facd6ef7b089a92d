import { createRequire } from 'node:module';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

// swagger-ui-dist ships the browsable docs page's assets, so /api/docs works offline.
const swaggerDir = createRequire(import.meta.url)
  .resolve('swagger-ui-dist/package.json')
  .replace(/package\.json$/, '');

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>GenAI Jobs Assistant API</title><link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

export const docsRoutes = new Hono<AppEnv>()
  .get('/api/docs', (c) => c.html(page))
  .get('/api/docs/init.js', (c) =>
    c.body("window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true });", 200, {
      'content-type': 'text/javascript; charset=utf-8',
    }),
  )
  .use('/api/docs/assets/*', serveStatic({ root: swaggerDir, rewriteRequestPath: (path) => path.replace(/^\/api\/docs\/assets/, '') }));
