/**
 * Migrates and ingests the real knowledge/ into an in-memory PGlite once per run and saves a
 * gzipped data-directory dump, which each test file restores in a second instead of re-ingesting.
 * The server and browser projects both list this setup; vitest runs it once for each, in one process,
 * so the first call makes the dump and the second reuses it (the ingest is the costliest step of a run).
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

/** Shared by the projects' setups through the process (each project may load this module anew). */
interface SharedDump {
  dump: Promise<{ dir: string; file: string }>;
  users: number;
}
const shared = globalThis as typeof globalThis & { gjaPgliteDump?: SharedDump };

async function makeDump() {
  const dir = mkdtempSync(join(tmpdir(), 'gja-test-'));
  const db = (await openPgliteDb()) as Awaited<ReturnType<typeof openPgliteDb>> & { dumpDataDir: () => Promise<Blob> };
  await migrate(db);
  await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: { embedder: 'local' } });
  const file = join(dir, 'pglite.tar.gz');
  writeFileSync(file, Buffer.from(await (await db.dumpDataDir()).arrayBuffer()));
  await db.close();
  return { dir, file };
}

export default async function setup(project: TestProject) {
  shared.gjaPgliteDump ??= { dump: makeDump(), users: 0 };
  const state = shared.gjaPgliteDump;
  state.users++;
  const { dir, file } = await state.dump;
  project.provide('pgliteDump', file);
  return () => {
    // The last project to finish removes the dump.
    if (--state.users > 0) return;
    rmSync(dir, { recursive: true, force: true });
    shared.gjaPgliteDump = undefined;
  };
}
