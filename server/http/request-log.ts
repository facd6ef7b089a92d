import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';

/** One structured log line per request, with an id the client also receives (x-request-id). */
export const requestLog = createMiddleware<AppEnv>(async function requestLog(c, next) {
  const started = performance.now();
  const requestId = crypto.randomUUID();
  c.set('requestId', requestId);
  c.header('x-request-id', requestId);
  await next();
  c.var.deps.logger.info({
    event: 'request',
    requestId,
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    ms: Math.round((performance.now() - started) * 10) / 10,
  });
});
