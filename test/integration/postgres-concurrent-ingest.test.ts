/**
 * Several app servers sharing one PostgreSQL ingest at the same moment: on an empty database (every server's first
 * start) and when a new knowledge deploy reaches them. One loads, the others find the dataset loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPostgresDb } from '../../server/db/postgres-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { changedKnowledge } from '../support/knowledge-copy.ts';
import { createScratchDatabase, type ScratchDatabase, testDatabaseUrl } from '../support/scratch-postgres.ts';

const embedderConfig = { embedder: 'local' } as const;

describe.runIf(testDatabaseUrl)('servers ingesting at once on one PostgreSQL', () => {
  let scratch: ScratchDatabase;
  let servers: Db[];
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    servers = await Promise.all([1, 2, 3].map(() => openPostgresDb(scratch.url, { max: 3 })));
  });
  afterAll(async () => {
    await Promise.all((servers ?? []).map((db) => db.close()));
    await scratch?.drop();
  });

  it('three first starts on an empty database: all succeed, one loads, all have the same dataset', async () => {
    const results = await Promise.all(
      servers.map(async (db) => {
        await migrate(db);
        return ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig });
      }),
    );
    expect(results.map((result) => result.status).sort()).toEqual(['loaded', 'unchanged', 'unchanged']);
    expect(new Set(results.map((result) => result.version)).size).toBe(1);
    expect(results.map((result) => result.counts.tasks)).toEqual([3266, 3266, 3266]);
  });

  it('two servers re-ingesting the same new knowledge at once: one loads it, the other finds it loaded', async () => {
    const dir = changedKnowledge();
    const results = await Promise.all(servers.slice(0, 2).map((db) => ingest(db, { knowledgeDir: dir, embedderConfig })));
    expect(results.map((result) => result.status).sort()).toEqual(['loaded', 'unchanged']);
    expect(results[0]!.version).toBe(results[1]!.version);
  });
});
