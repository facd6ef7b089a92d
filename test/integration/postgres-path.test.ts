/**
 * The external-PostgreSQL code path (node-postgres over the wire protocol) in `npm test`, which needs no PostgreSQL
 * server: PGlite's Postgres, holding the dataset the global setup ingested, served over a socket. `npm run
 * test:postgres` runs every suite, ingest included, on a real PostgreSQL 15 with pgvector.
 */

import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPostgresDb } from '../../server/db/postgres-db.ts';
import { ingest } from '../../server/ingest/ingest.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';
import { createTestApp, getJson, liveView, openIngestedPglite } from '../support/test-app.ts';

let pglite: PGlite;
let server: PGLiteSocketServer;
let db: Db;

beforeAll(async () => {
  pglite = await PGlite.create({ extensions: { vector }, loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) });
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  server = new PGLiteSocketServer({ db: pglite, port, host: '127.0.0.1' });
  await server.start();
  // One connection: pglite-socket mishandles parameterised queries across concurrent connections.
  // With one connection, loading a catalog queues a dozen queries behind each other: on a busy machine that is
  // longer than the usual 5 s wait for a connection.
  db = await openPostgresDb(`postgresql://postgres@127.0.0.1:${port}/postgres`, { max: 1, connectionTimeoutMs: 120_000 });
});
afterAll(async () => {
  await db?.close();
  await server?.stop();
  await pglite?.close();
});

describe('PostgreSQL via node-postgres', () => {
  it('finds the migrations applied and the dataset loaded, with the same counts', async () => {
    expect(db.kind).toBe('postgres');
    expect(await migrate(db)).toEqual([]);
    const result = await ingest(db, { knowledgeDir: KNOWLEDGE_DIR, embedderConfig: { embedder: 'local' } });
    expect(result.status).toBe('unchanged');
    expect(result.counts).toMatchObject({ occupations: 436, scoredOccupations: 427, tasks: 3266, countriesWithEmployment: 184 });
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

  it('rolls back a failed transaction, and reads the dataset through its schema', async () => {
    const live = await liveView(db);
    await expect(
      live.transaction(async (tx) => {
        await tx.exec("DELETE FROM published_figures WHERE id = 'wp140-method-tasks'");
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await live.query("SELECT id FROM published_figures WHERE id = 'wp140-method-tasks'")).toHaveLength(1);
    await expect(db.query('SELECT id FROM published_figures')).rejects.toThrow(/does not exist/);
  });
});
