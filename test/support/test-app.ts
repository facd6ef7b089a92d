/**
 * A real app over a real database for tests: the PGlite dump made by the global setup, or the
 * PostgreSQL at TEST_DATABASE_URL (migrated and ingested on first use) when that is set.
 */
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { KnowledgeBase } from '../../server/data/knowledge-base.ts';
import type { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { openPostgresDb } from '../../server/db/postgres-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { createLogger } from '../../server/logger.ts';
import type { ModelProvider } from '../../server/models/model-provider.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { createServices } from '../../server/start.ts';

// Tests send hundreds of questions a minute from one (socketless) client: the rate limit is off unless a test sets it.
const testConfig = (env: Record<string, string> = {}) =>
  loadConfig({ DATA_DIR: '/tmp/gja-unused', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ...env });

/** A fresh in-memory PGlite restored from the ingested dump. */
export async function openIngestedPglite(): Promise<Db> {
  return openPgliteDb(undefined, { loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) });
}

export async function openTestDb(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openIngestedPglite();
  const db = await openPostgresDb(url, { max: 4 });
  await migrate(db);
  await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: { embedder: 'local' } });
  return db;
}

/** The real app over a real database; `models` replaces the configured model (scripted mocks). */
export async function createTestApp(
  db?: Db,
  env: Record<string, string> = {},
  overrides: { models?: (local: ModelProvider['local']) => ModelProvider } = {},
) {
  const database = db ?? (await openTestDb());
  const config = testConfig(env);
  const kb = await KnowledgeBase.open(database, config);
  const services = await createServices(kb, config);
  if (overrides.models) services.models = overrides.models(services.models.local);
  const app = createApp({ config, ...services, logger: createLogger('silent') });
  return { app, db: database, kb, config, models: services.models };
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies default to any in tests; each assertion states the shape it expects.
export async function getJson<T = any>(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  path: string,
  init?: RequestInit,
) {
  const response = await app.request(path, init);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}
