import type { Config } from './config.ts';
import type { ConversationStore } from './data/conversations.ts';
import type { KnowledgeBase } from './data/knowledge-base.ts';
import type { Logger } from './logger.ts';
import type { ModelProvider } from './models/model-provider.ts';
import type { Tools } from './tools/registry.ts';

/** What every request handler can reach through c.var.deps. */
export interface AppDeps {
  config: Config;
  conversations: ConversationStore;
  kb: KnowledgeBase;
  logger: Logger;
  models: ModelProvider;
  tools: Tools;
}

export interface AppEnv {
  Variables: { deps: AppDeps; requestId: string };
}
