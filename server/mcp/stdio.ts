/**
 * `npm run mcp`: the MCP server over stdio, for desktop clients. Logs go to stderr; stdout is the protocol.
 * When a running server holds DATA_DIR, requests are forwarded to its /mcp over HTTP rather than opening
 * the same database files a second time.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { type Config, type ConfigError, loadConfig } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { openDatabase } from '../db/open-database.ts';
import { createLogger } from '../logger.ts';
import { prepareKnowledge } from '../start.ts';
import { bridgeStdioToHttp } from './http-bridge.ts';
import { createMcpServer } from './mcp-server.ts';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error((error as ConfigError).message);
  process.exit(1);
}
const logger = createLogger(config.LOG_LEVEL, 2);

async function serveFromDatabase(db: Awaited<ReturnType<typeof openDatabase>>) {
  const kb = await prepareKnowledge(db, config, logger);
  const server = createMcpServer(kb);
  await server.connect(new StdioServerTransport());
  logger.info({ event: 'mcp', transport: 'stdio', ready: true });
  return async () => {
    await server.close();
    await db.close();
  };
}

let close: () => Promise<void>;
try {
  close = await serveFromDatabase(await openDatabase(config));
} catch (error) {
  if (!(error instanceof DataDirLockedError && error.holder.mcpUrl)) {
    logger.fatal({ event: 'mcp', transport: 'stdio', error: (error as Error).message });
    process.exit(2);
  }
  logger.info({ event: 'mcp', transport: 'stdio', forwardingTo: error.holder.mcpUrl, holderPid: error.holder.pid });
  close = (await bridgeStdioToHttp(error.holder.mcpUrl, logger)).close;
}
const stop = async () => {
  await close();
  process.exit(0);
};
process.stdin.on('close', () => void stop());
process.once('SIGTERM', () => void stop());
