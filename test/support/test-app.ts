/**
 * A real app over a real database for tests: the PGlite dump made by the global setup, or the
 * PostgreSQL at TEST_DATABASE_URL (migrated and ingested on first use) when that is set.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { KnowledgeBase } from '../../server/data/knowledge-base.ts';
import type { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { openPostgresDb } from '../../server/db/postgres-db.ts';
import { openLiveDataset } from '../../server/ingest/datasets.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { createLogger } from '../../server/logger.ts';
import type { ModelProvider } from '../../server/models/model-provider.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { createServices } from '../../server/start.ts';

// Tests send hundreds of questions a minute from one (socketless) client: the rate limit is off unless a test sets it.
export const testConfig = (env: Record<string, string> = {}) =>
  loadConfig({ DATA_DIR: '/tmp/gja-unused', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ...env });

/** The database as a server reads it: knowledge tables are those of the live dataset. */
export async function liveView(db: Db): Promise<Db> {
  const live = await openLiveDataset(db);
  if (!live) throw new Error('no dataset is live');
  return live.db;
}

/** A DATA_DIR whose embedded database holds the ingested dump, as a server's first start would leave it. */
export async function seededDataDir(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gja-data-'));
  await (await openPgliteDb(join(dataDir, 'pglite'), { loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) })).close();
  return dataDir;
}

/** A fresh in-memory PGlite restored from the ingested dump, seen through its live dataset. */
export async function openIngestedPglite(): Promise<Db> {
  return liveView(await openPgliteDb(undefined, { loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) }));
}

/**
 * The PGlite dump, or the PostgreSQL at TEST_DATABASE_URL, migrated and ingested on first use: test files start
 * at once, and like servers sharing a database, one ingests while the others wait and find it loaded.
 */
export async function openTestDb(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openIngestedPglite();
  const db = await openPostgresDb(url);
  await migrate(db);
  await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: { embedder: 'local' } });
  return liveView(db);
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
  const services = await createServices(kb, config, createLogger('silent'));
  if (overrides.models) services.models = overrides.models(services.models.local);
  const app = createApp({ config, ...services, logger: createLogger('silent') });
  return { app, db: database, kb, config, models: services.models, conversations: services.conversations };
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
