/** `npm start`: validate config, open the database, ingest if needed, serve on PORT. */
import { type Config, ConfigError, loadConfig } from './config.ts';
import type { Db } from './db/db.ts';
import { openDatabase } from './db/open-database.ts';
import { checkStorage } from './db/storage-check.ts';
import { startHttpServer } from './http/http-server.ts';
import { createLogger } from './logger.ts';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const logger = createLogger(config.LOG_LEVEL);
const started = performance.now();

// The database starts up (WebAssembly compile, Postgres boot) while the app's modules load. The outcome
// is settled into a value at once, so a failure cannot surface as an unhandled rejection meanwhile.
// A read-only DATA_DIR stops the start with a clear message; a nearly full one is a warning.
if (!config.DATABASE_URL) {
  const storage = await checkStorage(config.dataDir);
  if (!storage.writable) {
    logger.fatal({ event: 'startup', step: 'storage', error: storage.problem });
    process.exit(2);
  }
  if (storage.problem) logger.warn({ event: 'startup', step: 'storage', warning: storage.problem, freeBytes: storage.freeBytes });
}

// While this server holds DATA_DIR, `npm run mcp` on the same directory forwards to its /mcp instead.
const loopbackHost = ['0.0.0.0', '::', ''].includes(config.HOST)
  ? '127.0.0.1'
  : config.HOST.includes(':')
    ? `[${config.HOST}]`
    : config.HOST;
const opening = openDatabase(config, { mcpUrl: `http://${loopbackHost}:${config.PORT}/mcp` }).then(
  (opened) => ({ opened }),
  (error: Error) => ({ error }),
);
const [{ createApp }, { createServices, prepareKnowledge }] = await Promise.all([import('./app.ts'), import('./start.ts')]);
const outcome = await opening;
if ('error' in outcome) {
  logger.fatal({ event: 'startup', step: 'database', error: outcome.error.message });
  process.exit(2);
}
const db: Db = outcome.opened;

const kb = await prepareKnowledge(db, config, logger).catch(async (error: Error) => {
  logger.fatal({ event: 'startup', step: 'knowledge', error: error.message });
  await db.close();
  process.exit(3);
});

const app = createApp({ config, logger, ...(await createServices(kb, config, logger)) });
const server = startHttpServer(app.fetch, config, (port) => {
  logger.info({ event: 'ready', port, db: db.kind, model: config.MODEL, ms: Math.round(performance.now() - started) });
});

/** Stop accepting connections, let in-flight requests finish, then close the database cleanly. */
async function shutdown(signal: string) {
  logger.info({ event: 'shutdown', signal });
  server.close(async () => {
    kb.close();
    await db.close();
    logger.info({ event: 'stopped' });
    process.exit(0);
  });
  // Idle keep-alive connections would otherwise hold close() open.
  (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
