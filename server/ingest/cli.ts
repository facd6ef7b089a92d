/** `npm run ingest [-- --force]`: migrate the database and (re)load knowledge/ if it changed. */
import { loadConfig } from '../config.ts';
import { DataDirLockedError, serverUrlOf } from '../db/data-dir-lock.ts';
import type { Db } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { createLogger } from '../logger.ts';
import { KNOWLEDGE_DIR } from '../paths.ts';
import { ingest } from './ingest.ts';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
let db: Db;
try {
  db = await openDatabase(config);
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error;
  const message = serverUrlOf(error.holder)
    ? `A server (pid ${error.holder.pid}) is running on DATA_DIR ${error.dataDir}, and only one process may open a data directory. ` +
      'A server loads a changed knowledge/ when it starts: restart it to load the new knowledge (or stop it, then run npm run ingest).'
    : error.message;
  logger.error({ event: 'ingest', step: 'database', error: message });
  process.exit(2);
}
try {
  await migrate(db);
  const result = await ingest(db, {
    knowledgeDir: KNOWLEDGE_DIR,
    embedderConfig: config,
    force: process.argv.includes('--force'),
    onStep: (step, detail) => logger.info({ event: 'ingest', step, ...detail }),
  });
  logger.info({
    event: 'ingest',
    step: 'done',
    status: result.status,
    version: result.version,
    ms: Math.round(result.ms),
    counts: result.counts,
  });
} catch (error) {
  logger.error({ event: 'ingest', step: 'failed', error: (error as Error).message });
  process.exitCode = 1;
} finally {
  await db.close();
}
