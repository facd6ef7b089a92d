/**
 * Bringing the service up: migrate, ingest knowledge/ when it changed (first start or new data),
 * then load the in-memory catalog. Shared by the server entry point, benchmarks and tests.
 */
import type { Config } from './config.ts';
import { ConversationStore } from './data/conversations.ts';
import { KnowledgeBase } from './data/knowledge-base.ts';
import type { Db } from './db/db.ts';
import { migrate } from './db/migrate.ts';
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
  return {
    kb,
    conversations: new ConversationStore(kb.db, config),
    models: createModelProvider(config, async () => (await kb.catalog()).understanding, logger),
    tools: createTools({ kb }),
  };
}

export async function prepareKnowledge(db: Db, config: Config, logger: Logger, knowledgeDir = KNOWLEDGE_DIR): Promise<KnowledgeBase> {
  const migrations = await migrate(db);
  if (migrations.length > 0) logger.info({ event: 'migrate', applied: migrations });
  const result = await ingest(db, {
    knowledgeDir,
    embedderConfig: config,
    onStep: (step, detail) => logger.info({ event: 'ingest', step, ...detail }),
  });
  if (result.status === 'loaded')
    logger.info({ event: 'ingest', step: 'done', version: result.version, ms: Math.round(result.ms), counts: result.counts });
  return KnowledgeBase.open(db, config);
}
