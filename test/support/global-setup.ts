/**
 * Migrates and ingests the real knowledge/ into an in-memory PGlite once per run and saves a
 * gzipped data-directory dump, which each test file restores in a second instead of re-ingesting.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../server/db/migrate.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'gja-test-'));
  const db = (await openPgliteDb()) as Awaited<ReturnType<typeof openPgliteDb>> & { dumpDataDir: () => Promise<Blob> };
  await migrate(db);
  await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: { embedder: 'local' } });
  const dump = join(dir, 'pglite.tar.gz');
  writeFileSync(dump, Buffer.from(await (await db.dumpDataDir()).arrayBuffer()));
  await db.close();
  project.provide('pgliteDump', dump);
  return () => rmSync(dir, { recursive: true, force: true });
}
