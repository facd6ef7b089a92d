/** `npm run mcp`: the MCP server over stdio, for desktop clients. Logs go to stderr; stdout is the protocol. */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { type Config, type ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/open-database.ts';
import { createLogger } from '../logger.ts';
import { prepareKnowledge } from '../start.ts';
import { createMcpServer } from './mcp-server.ts';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error((error as ConfigError).message);
  process.exit(1);
}
const logger = createLogger(config.LOG_LEVEL, 2);
const db = await openDatabase(config);
const kb = await prepareKnowledge(db, config, logger);
const server = createMcpServer(kb);
await server.connect(new StdioServerTransport());
logger.info({ event: 'mcp', transport: 'stdio', ready: true });
const close = async () => {
  await server.close();
  await db.close();
  process.exit(0);
};
process.stdin.on('close', () => void close());
process.once('SIGTERM', () => void close());
