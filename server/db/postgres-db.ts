import pg from 'pg';
import type { Db, Queryable } from './db.ts';

// int8 (counts, sums) as JS numbers, as PGlite returns them; our counts are far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
  async query<Row>(sql: string, params: readonly unknown[] = []) {
    return (await client.query(sql, params as unknown[])).rows as Row[];
  },
  async exec(sql: string) {
    await client.query(sql);
  },
});

/**
 * Reads as requests make them: inside a read-only transaction with a statement timeout, so nothing a
 * request runs can write or hold the database for long.
 */
async function readOnly<T>(pool: pg.Pool, statementTimeoutMs: number, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`BEGIN READ ONLY; SET LOCAL statement_timeout = ${Math.trunc(statementTimeoutMs)}`);
    const result = await run(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** An external PostgreSQL with the pgvector extension (DATABASE_URL). */
export async function openPostgresDb(connectionString: string, options: { max?: number; statementTimeoutMs?: number } = {}): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  const timeout = options.statementTimeoutMs ?? 10_000;
  return {
    kind: 'postgres',
    query: <Row>(sql: string, params: readonly unknown[] = []) =>
      readOnly(pool, timeout, async (client) => (await client.query(sql, params as unknown[])).rows as Row[]),
    exec: (sql: string) => readOnly(pool, timeout, async (client) => void (await client.query(sql))),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
