/**
 * Several app servers sharing one PostgreSQL ingest at the same moment: on an empty database (every server's first
 * start) and when a new knowledge deploy reaches them. One loads, the others find the dataset loaded. Meanwhile the
 * servers that read never wait for the ingest (their reads give up on any lock wait) and never see its dataset
 * before it is complete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPostgresDb } from '../../server/db/postgres-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { changedKnowledge } from '../support/knowledge-copy.ts';
import { createScratchDatabase, type ScratchDatabase, testDatabaseUrl } from '../support/scratch-postgres.ts';
import { createTestApp, getJson } from '../support/test-app.ts';

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

  it('a server reading while another re-ingests never waits for it, and sees the new dataset only once it is complete', async () => {
    // Any lock wait at all makes a read fail (lock_timeout), instead of only making it slow.
    const url = new URL(scratch.url);
    url.searchParams.set('options', '-c lock_timeout=50');
    const reader = await createTestApp(await openPostgresDb(url.toString(), { max: 3 }));
    try {
      const before = (await getJson(reader.app, '/api/health')).body.dataset.version;
      let reachCommit!: () => void;
      let resume!: () => void;
      const atCommit = new Promise<void>((resolve) => (reachCommit = resolve));
      const resumed = new Promise<void>((resolve) => (resume = resolve));
      const reingest = ingest(servers[0]!, {
        knowledgeDir: changedKnowledge('Employment in work with automation potential'),
        embedderConfig,
        onStep: async (step) => {
          if (step !== 'commit') return;
          reachCommit();
          await resumed;
        },
      });
      await atCommit;
      // The new dataset is loaded and marked live, all inside the ingest's open transaction.
      for (const path of [
        '/api/health',
        '/api/findings/search?q=automation%20potential',
        '/api/occupations/4132',
        '/api/occupations/resolve?q=bookkeeper',
        '/api/figures',
      ]) {
        const response = await getJson(reader.app, path);
        expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(200);
      }
      expect(await reader.kb.refreshIfStale()).toBe(false);
      expect((await getJson(reader.app, '/api/health')).body.dataset.version).toBe(before);
      resume();
      expect((await reingest).status).toBe('loaded');
      expect(await reader.kb.refreshIfStale()).toBe(true);
      expect((await getJson(reader.app, '/api/health')).body.dataset.version).not.toBe(before);
      const figures = (await getJson(reader.app, '/api/figures')).body.items as { id: string; label: string }[];
      expect(figures.find((figure) => figure.id === 'wp96-automation-share-hic')?.label).toMatch(/^Employment in work with/);
    } finally {
      await reader.db.close();
    }
  });
});
