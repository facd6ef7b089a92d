import type { Config } from './config.ts';
import type { KnowledgeBase } from './data/knowledge-base.ts';
import type { Logger } from './logger.ts';

/** What every request handler can reach through c.var.deps. */
export interface AppDeps {
  config: Config;
  kb: KnowledgeBase;
  logger: Logger;
}

export interface AppEnv {
  Variables: { deps: AppDeps; requestId: string };
}
