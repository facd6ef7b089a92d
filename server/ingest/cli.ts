/** `npm run ingest [-- --force]`: migrate the database and (re)load knowledge/ if it changed. */
import { loadConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { createLogger } from '../logger.ts';
import { KNOWLEDGE_DIR } from '../paths.ts';
import { ingest } from './ingest.ts';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const db = await openDatabase(config);
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
