/**
 * Stdio to Streamable HTTP: a desktop client's `npm run mcp` whose DATA_DIR is held by a running server
 * talks to that server's /mcp instead of opening the same database files. Requests, their answers and the
 * client's notifications all pass; the stateless /mcp acts on no notification (a cancelled tool call, read-only
 * and a few milliseconds long, just finishes and the client drops its answer), and the server sends none of its
 * own (no progress, logging or list changes), so nothing a client relies on is lost in forwarding.
 */
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Logger } from '../logger.ts';

export async function bridgeStdioToHttp(url: string, logger: Logger): Promise<{ close: () => Promise<void> }> {
  const remote = new StreamableHTTPClientTransport(new URL(url));
  const local = new StdioServerTransport();
  local.onmessage = (message) =>
    void remote.send(message).catch((error: Error) => logger.error({ event: 'mcp', transport: 'bridge', error: error.message }));
  remote.onmessage = (message) => void local.send(message);
  remote.onerror = (error) => logger.warn({ event: 'mcp', transport: 'bridge', error: error.message });
  await remote.start();
  await local.start();
  return {
    close: async () => {
      await remote.close();
      await local.close();
    },
  };
}
