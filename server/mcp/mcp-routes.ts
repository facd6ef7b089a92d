import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { createMcpServer } from './mcp-server.ts';

/**
 * MCP over Streamable HTTP at /mcp, stateless: each request gets its own server and transport, so any
 * app server behind a load balancer can answer any request.
 */
export const mcpRoutes = new Hono<AppEnv>().all('/mcp', async (c) => {
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  const server = createMcpServer(c.var.deps.kb);
  await server.connect(transport);
  return transport.handleRequest(c.req.raw);
});
