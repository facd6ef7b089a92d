/** `npm start`: validate config, open the database, ingest if needed, serve on PORT. */
import { serve } from '@hono/node-server';
import { type Config, ConfigError, loadConfig } from './config.ts';
import type { Db } from './db/db.ts';
import { openDatabase } from './db/open-database.ts';
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
const opening = openDatabase(config).then(
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

const app = createApp({ config, logger, ...(await createServices(kb, config)) });
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  logger.info({ event: 'ready', port: info.port, db: db.kind, model: config.MODEL, ms: Math.round(performance.now() - started) });
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
