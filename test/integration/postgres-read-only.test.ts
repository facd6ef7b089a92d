/** On an external PostgreSQL, requests only read: plain queries run read-only with a statement timeout. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { openPostgresDb } from '../../server/db/postgres-db.ts';
import { localPostgresAvailable, startLocalPostgres } from '../support/local-postgres.ts';

describe.runIf(localPostgresAvailable())('external PostgreSQL sessions', () => {
  let server: ReturnType<typeof startLocalPostgres>;
  let db: Db;
  beforeAll(async () => {
    server = startLocalPostgres();
    db = await openPostgresDb(server.url, { statementTimeoutMs: 500 });
  });
  afterAll(async () => {
    await db?.close();
    server?.stop();
  });

  it('lets writes happen only inside transaction() or write()', async () => {
    await expect(db.query('CREATE TABLE written_by_a_request (id int)')).rejects.toThrow(/read-only transaction/);
    await db.transaction((tx) => tx.exec('CREATE TABLE notes (id int PRIMARY KEY, text text)'));
    await db.transaction((tx) => tx.query('INSERT INTO notes VALUES ($1, $2)', [1, 'saved']));
    expect(await db.write('INSERT INTO notes VALUES ($1, $2) RETURNING id', [2, 'written'])).toEqual([{ id: 2 }]);
    expect(await db.query('SELECT text FROM notes ORDER BY id')).toEqual([{ text: 'saved' }, { text: 'written' }]);
    await expect(db.query("UPDATE notes SET text = 'changed'")).rejects.toThrow(/read-only transaction/);
    await expect(db.exec('DROP TABLE notes')).rejects.toThrow(/read-only transaction/);
  });

  it('cancels a read that runs past the statement timeout, and the pool keeps working', async () => {
    await expect(db.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    expect(await db.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('does not time out writes that take longer, such as an ingest', async () => {
    await db.transaction((tx) => tx.query('SELECT pg_sleep(0.8)'));
  });
});
