/**
 * The Hono app: middleware, every API route, error mapping. Exported without starting a server,
 * so tests drive it with app.request() and main.ts serves it.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { askRoutes } from './api/ask-routes.ts';
import { chatRoutes } from './api/chat-routes.ts';
import { conversationRoutes } from './api/conversation-routes.ts';
import { countryRoutes } from './api/country-routes.ts';
import { docsRoutes } from './api/docs-routes.ts';
import { healthRoutes } from './api/health-routes.ts';
import { occupationRoutes } from './api/occupation-routes.ts';
import { referenceRoutes } from './api/reference-routes.ts';
import { sectorRoutes } from './api/sector-routes.ts';
import { taskRoutes } from './api/task-routes.ts';
import type { AppDeps, AppEnv } from './app-env.ts';
import { AppError } from './errors.ts';
import { handleError } from './http/error-handler.ts';
import { perClientRateLimit } from './http/rate-limit.ts';
import { requestLog } from './http/request-log.ts';
import { webRoutes } from './http/web-routes.ts';
import { mcpRoutes } from './mcp/mcp-routes.ts';
import { WEB_DIST_DIR } from './paths.ts';

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({
    // Validation failures name the parameter and what is wrong with it.
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const where =
          issue.path.length > 0 ? `${result.target === 'param' ? 'path parameter' : 'parameter'} "${issue.path.join('.')}"` : 'request';
        throw new AppError('bad_request', `Invalid ${where}: ${issue.message}`);
      }
    },
  });
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', requestLog);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"] },
    }),
  );
  // Cross-origin reads only for the origins listed in CORS_ORIGINS; none by default.
  if (deps.config.CORS_ORIGINS)
    app.use('/api/*', cors({ origin: deps.config.CORS_ORIGINS.split(','), allowHeaders: ['content-type', 'x-client-id'], maxAge: 600 }));
  // The model endpoints cost the most: they are limited per client (RATE_LIMIT_PER_MINUTE, 0 = off).
  if (deps.config.RATE_LIMIT_PER_MINUTE > 0) {
    const limit = perClientRateLimit(deps.config.RATE_LIMIT_PER_MINUTE, deps.config.TRUST_PROXY);
    app.use('/api/ask', limit);
    app.use('/api/chat', limit);
  }
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.config.MAX_BODY_BYTES,
      onError: () => {
        throw new AppError('payload_too_large', `Request body is larger than ${deps.config.MAX_BODY_BYTES} bytes.`);
      },
    }),
  );
  const limits = { maxQuestion: deps.config.MAX_QUESTION_CHARS, maxHistory: deps.config.MAX_HISTORY_MESSAGES };
  // Chained, so the app's type carries every route: the web's typed client (hono/client) reads them from it.
  const api = app
    .route('/', healthRoutes)
    .route('/', occupationRoutes)
    .route('/', taskRoutes)
    .route('/', countryRoutes)
    .route('/', sectorRoutes)
    .route('/', referenceRoutes)
    .route('/', askRoutes(limits))
    .route('/', chatRoutes(limits))
    .route('/', conversationRoutes)
    .route('/', docsRoutes);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'GenAI Jobs Assistant API',
      version: '0.1.0',
      description:
        'ILO GenAI exposure scores (WP96 2023, WP140 2025), tasks, employment and cited findings. Every response carries its sources.',
      license: { name: 'Data: CC BY 4.0 (ILO); see /api/sources for attribution' },
    },
  });
  app.route('/', mcpRoutes(deps.kb, deps.config));
  app.route('/', webRoutes(WEB_DIST_DIR));
  app.notFound((c) =>
    handleError(new AppError('not_found', `No route ${c.req.method} ${c.req.path}. The API is described at /api/openapi.json.`), c),
  );
  app.onError(handleError);
  return api;
}

/** The app with the types of all its routes (for `hc<App>` and tests). */
export type App = ReturnType<typeof createApp>;
