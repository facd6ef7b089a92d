/**
 * The external-PostgreSQL code path (node-postgres + pgvector over the wire protocol). Debian 12 has
 * no pgvector package, so CI serves a real Postgres (PGlite's) over a socket; set TEST_DATABASE_URL to
 * run the whole suite against any PostgreSQL with pgvector instead.
 */
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPostgresDb } from '../../server/db/postgres-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { createTestApp, getJson, openIngestedPglite } from '../support/test-app.ts';

let pglite: PGlite;
let server: PGLiteSocketServer;
let db: Db;

beforeAll(async () => {
  pglite = await PGlite.create({ extensions: { vector } });
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  server = new PGLiteSocketServer({ db: pglite, port, host: '127.0.0.1' });
  await server.start();
  // One connection: pglite-socket mishandles parameterised queries across concurrent connections.
  db = await openPostgresDb(`postgresql://postgres@127.0.0.1:${port}/postgres`, { max: 1 });
});
afterAll(async () => {
  await db?.close();
  await server?.stop();
  await pglite?.close();
});

describe('PostgreSQL via node-postgres', () => {
  it('runs the same migrations and ingest, with the same counts', async () => {
    expect(db.kind).toBe('postgres');
    await migrate(db);
    const result = await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: { embedder: 'local' } });
    expect(result.status).toBe('loaded');
    expect(result.counts).toMatchObject({ occupations: 436, scoredOccupations: 427, tasks: 3266, countriesWithEmployment: 184 });
    expect((await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: { embedder: 'local' } })).status).toBe('unchanged');
  });

  it('serves the same API answers as the embedded database', async () => {
    const external = await createTestApp(db);
    const embedded = await createTestApp(await openIngestedPglite());
    try {
      for (const path of [
        '/api/occupations/2513',
        '/api/occupations/7?lang=zh-TW',
        '/api/countries/KEN',
        '/api/occupations/resolve?q=nurse',
        '/api/findings/search?q=social%20dialogue',
      ]) {
        const [a, b] = await Promise.all([getJson(external.app, path), getJson(embedded.app, path)]);
        expect(a.status, path).toBe(200);
        expect(a.body, path).toEqual(b.body);
      }
      expect((await getJson(external.app, '/api/health')).body.db).toBe('postgres');
    } finally {
      await embedded.db.close();
    }
  });

  it('rolls back a failed transaction', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.exec("DELETE FROM published_figures WHERE id = 'wp140-method-tasks'");
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.query("SELECT id FROM published_figures WHERE id = 'wp140-method-tasks'")).toHaveLength(1);
  });
});
