import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Config } from '../config.ts';
import type { KnowledgeBase } from '../data/knowledge-base.ts';
import { AppError } from '../errors.ts';
import { clientAddress } from '../http/client-address.ts';
import { concurrencyLimit } from '../http/concurrency-limit.ts';
import { perClientRateLimit } from '../http/rate-limit.ts';
import { createMcpServer } from './mcp-server.ts';
import { RequestMultiplexer } from './request-multiplexer.ts';

type McpConfig = Pick<
  Config,
  | 'MCP_ALLOWED_HOSTS'
  | 'MCP_RATE_LIMIT_PER_MINUTE'
  | 'MCP_MAX_CONCURRENT'
  | 'MCP_MAX_CONCURRENT_PER_CLIENT'
  | 'TRUST_PROXY'
  | 'CORS_ORIGINS'
  | 'MAX_BODY_BYTES'
>;

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * A browser page on another site that re-points its own name at this machine (DNS rebinding) sends its
 * own name as Host: only names this server is known by are served, and a browser Origin must be one of
 * them or a listed CORS origin.
 */
function checkHostAndOrigin(url: string, origin: string | undefined, config: McpConfig) {
  const hosts = new Set([...LOOPBACK_HOSTS, ...(config.MCP_ALLOWED_HOSTS?.split(',') ?? [])].map((host) => host.toLowerCase()));
  const host = new URL(url).hostname.toLowerCase();
  if (!hosts.has(host))
    throw new AppError('forbidden', `Host "${host}" is not allowed on /mcp. Add it to MCP_ALLOWED_HOSTS to serve MCP under that name.`);
  if (origin === undefined) return;
  const allowedOrigins = config.CORS_ORIGINS?.split(',') ?? [];
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).hostname.toLowerCase();
  } catch {
    // "null" (sandboxed pages, files) or garbage: not an origin we know.
  }
  if (!allowedOrigins.includes(origin) && !(originHost && hosts.has(originHost)))
    throw new AppError('forbidden', `Origin "${origin}" may not call /mcp.`);
}

/**
 * MCP over Streamable HTTP at /mcp, stateless (any app server can answer any request), with one MCP
 * server for the whole app. Answers are plain JSON: the server sends nothing unprompted, so there is no
 * event stream to hold open and GET is 405, as the protocol allows.
 */
export function mcpRoutes(kb: KnowledgeBase, config: McpConfig) {
  const multiplexer = new RequestMultiplexer();
  const server = createMcpServer(kb);
  void server.connect(multiplexer);
  const routes = new Hono<AppEnv>();
  routes.use('/mcp', async (c, next) => {
    checkHostAndOrigin(c.req.url, c.req.header('origin'), config);
    await next();
  });
  if (config.MCP_RATE_LIMIT_PER_MINUTE > 0) routes.use('/mcp', perClientRateLimit(config.MCP_RATE_LIMIT_PER_MINUTE, config.TRUST_PROXY));
  routes.use(
    '/mcp',
    concurrencyLimit({
      total: config.MCP_MAX_CONCURRENT,
      perClient: config.MCP_MAX_CONCURRENT_PER_CLIENT,
      clientOf: (c) => clientAddress(c, config.TRUST_PROXY),
      what: 'MCP requests',
    }),
  );
  routes.on(['GET', 'DELETE'], '/mcp', () => {
    throw new AppError('method_not_allowed', 'This MCP server is stateless and sends no server-initiated messages: use POST.');
  });
  routes.post('/mcp', async (c) => {
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      maxRequestBodySize: config.MAX_BODY_BYTES,
    });
    multiplexer.attach(transport);
    await transport.start();
    try {
      return await transport.handleRequest(c.req.raw);
    } finally {
      await transport.close();
    }
  });
  return routes;
}
