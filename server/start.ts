/**
 * Bringing the service up: migrate, ingest knowledge/ when it changed (first start or new data),
 * then load the in-memory catalog. Shared by the server entry point, benchmarks and tests.
 */
import type { Config } from './config.ts';
import { ConversationStore } from './data/conversations.ts';
import { KnowledgeBase } from './data/knowledge-base.ts';
import type { Db } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { AppError } from './errors.ts';
import { readLiveDataset } from './ingest/datasets.ts';
import { ingest } from './ingest/ingest.ts';
import type { Logger } from './logger.ts';
import { createModelProvider } from './models/model-provider.ts';
import { KNOWLEDGE_DIR } from './paths.ts';
import { createTools } from './tools/registry.ts';

/**
 * The knowledge base, the saved conversations and the model provider, whose local model reads questions
 * with the current catalog's lexicon.
 */
export async function createServices(kb: KnowledgeBase, config: Config, logger: Logger) {
  // Every question is read with the lexicon: have it ready before the first request rather than in its time budget.
  await (await kb.catalog()).understanding;
  return {
    kb,
    conversations: new ConversationStore(kb.db, config),
    models: createModelProvider(config, async () => (await kb.catalog()).understanding, logger),
    tools: createTools({ kb }),
  };
}

/**
 * Migrates, ingests knowledge/ if it changed, and opens the live dataset, re-checked every DATASET_CHECK_INTERVAL_MS.
 * A knowledge deploy that cannot be ingested (a file that fails its checksum or validation) does not stop a server
 * that has a good dataset to serve: the error is logged and shown by /api/health, and the last good dataset stays
 * live. With no dataset at all, it throws.
 */
export async function prepareKnowledge(db: Db, config: Config, logger: Logger, knowledgeDir = KNOWLEDGE_DIR): Promise<KnowledgeBase> {
  const migrations = await migrate(db);
  if (migrations.length > 0) logger.info({ event: 'migrate', applied: migrations });
  let knowledgeError: string | null = null;
  try {
    const result = await ingest(db, {
      knowledgeDir,
      embedderConfig: config,
      onStep: (step, detail) => logger.info({ event: 'ingest', step, ...detail }),
    });
    if (result.status === 'loaded')
      logger.info({ event: 'ingest', step: 'done', version: result.version, ms: Math.round(result.ms), counts: result.counts });
  } catch (error) {
    const live = await readLiveDataset(db);
    if (!live) throw new AppError('unavailable', `No dataset is loaded and knowledge/ cannot be ingested: ${(error as Error).message}`);
    knowledgeError = (error as Error).message;
    logger.error({ event: 'ingest', step: 'failed', error: knowledgeError, serving: live.version });
  }
  const kb = await KnowledgeBase.open(db, config);
  kb.knowledgeError = knowledgeError;
  kb.watch(config.DATASET_CHECK_INTERVAL_MS, {
    reloaded: (version) => logger.info({ event: 'dataset', step: 'reloaded', version }),
    failed: (error) => logger.warn({ event: 'dataset', step: 'check-failed', error: error.message }),
  });
  return kb;
}
