/**
 * The built web app (web/dist): static assets, and index.html for every other non-API GET so that
 * deep links (/c/:id, /explore/...) open the right page. Absent build = API only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

export function webRoutes(distDir: string) {
  const routes = new Hono<AppEnv>();
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) return routes;
  const index = readFileSync(indexPath, 'utf8');
  routes.use(
    '/assets/*',
    serveStatic({ root: distDir, onFound: (_, c) => c.header('cache-control', 'public, max-age=31536000, immutable') }),
  );
  routes.get('*', async (c, next) => {
    // A missing script or stylesheet (an old page asking for a previous build's chunk) is a 404: the index
    // page in its place would be run as JavaScript and fail obscurely.
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || c.req.path.startsWith('/assets/')) return next();
    return c.html(index);
  });
  return routes;
}
